package cn.ezhou.yshj.notification.internal;

import cn.ezhou.yshj.notification.NoticeKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticePreferenceRepository extends JpaRepository<NoticePreference, Long> {

    List<NoticePreference> findByUsername(String username);

    /** The recipients of one notice who chose other than immediate e-mail for its kind. */
    List<NoticePreference> findByKindAndUsernameIn(NoticeKind kind, Collection<String> usernames);
}
