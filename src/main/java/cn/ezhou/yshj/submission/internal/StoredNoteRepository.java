package cn.ezhou.yshj.submission.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredNoteRepository extends JpaRepository<StoredNote, Long> {

    /** An item's notes, oldest first, with their mentions in the same statement. */
    @Query("select distinct n from StoredNote n left join fetch n.mentions where n.submissionId = :id order by n.id")
    List<StoredNote> notesOf(@Param("id") long submissionId);
}
