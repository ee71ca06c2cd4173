package cn.ezhou.yshj.engagement.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BriefingRepository extends JpaRepository<Briefing, Long> {

    Page<Briefing> findAllByOrderByPublishedAtDescIdDesc(Pageable pageable);

    /** The briefings delivered to one person, newest first. */
    @Query(value = "select b from Briefing b where exists (select 1 from BriefingReceipt r where r.briefingId = b.id"
            + " and r.username = :username) order by b.publishedAt desc, b.id desc",
            countQuery = "select count(r) from BriefingReceipt r where r.username = :username")
    Page<Briefing> deliveredTo(String username, Pageable pageable);

    /** The briefings delivered to one person and not yet opened, newest first. */
    @Query(value = "select b from Briefing b where exists (select 1 from BriefingReceipt r where r.briefingId = b.id"
            + " and r.username = :username and r.readAt is null) order by b.publishedAt desc, b.id desc",
            countQuery = "select count(r) from BriefingReceipt r where r.username = :username and r.readAt is null")
    Page<Briefing> unreadBy(@Param("username") String username, Pageable pageable);
}
