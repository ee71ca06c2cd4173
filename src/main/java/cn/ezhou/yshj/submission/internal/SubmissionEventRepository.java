package cn.ezhou.yshj.submission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Writes timeline lines; the timeline is read by {@link ItemTimeline}. */
public interface SubmissionEventRepository extends JpaRepository<SubmissionEvent, Long> {
}
