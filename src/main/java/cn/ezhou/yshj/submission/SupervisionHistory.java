package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.submission.internal.SupervisedItems;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervision notices of a period, for the monthly bulletin. */
@Service
@Transactional(readOnly = true)
public class SupervisionHistory {

    /** A bulletin lists at most this many; a month with more is a problem the list would not solve. */
    public static final int LIMIT = 500;

    private final SupervisedItems items;

    SupervisionHistory(SupervisedItems items) {
        this.items = items;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public List<SupervisionNotice> between(Instant from, Instant to) {
        return items.supervisedBetween(from, to, PageRequest.of(0, LIMIT)).stream()
                .map(s -> new SupervisionNotice(s.getReferenceNo(), s.getTitle(), s.getLeadUnit(), s.getDeadline(),
                        s.getSupervisedAt(), s.getState()))
                .toList();
    }
}
