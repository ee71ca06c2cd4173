package cn.ezhou.yshj.drafts.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FormDraftRepository extends JpaRepository<FormDraft, Long> {

    Optional<FormDraft> findByOwnerAndFormAndTargetId(String owner, String form, long targetId);
}
