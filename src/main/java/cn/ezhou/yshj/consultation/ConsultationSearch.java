package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.base.TextHit;
import cn.ezhou.yshj.base.TextHits;
import cn.ezhou.yshj.consultation.internal.Consultation;
import cn.ezhou.yshj.consultation.internal.Policy;
import cn.ezhou.yshj.consultation.internal.PublicTextIndex;
import cn.ezhou.yshj.search.SearchIndexService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's keyword search of consultations and issued policies: the same answer for every
 * caller, anonymous or not, so it only ever holds what an anonymous visitor may read — a
 * consultation addressed to the public once it has opened (as the open data API; one for chosen
 * chambers only is never found), a policy once its issue date has come. Every hit is checked again
 * against the database, so an index that lags behind never shows more. No words, no hits.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationSearch {

    static final int MAX_PAGE = 50;

    private final PublicTextIndex index;
    private final SearchIndexService searchIndex;
    private final Clock clock;

    ConsultationSearch(PublicTextIndex index, SearchIndexService searchIndex, Clock clock) {
        this.index = index;
        this.searchIndex = searchIndex;
        this.clock = clock;
    }

    public TextHits consultations(SearchWords words, int offset, int limit) {
        if (words.isEmpty()) {
            return TextHits.none();
        }
        LocalDate today = LocalDate.now(clock);
        return hits(index.consultations(words, today, Math.max(0, offset), page(limit)),
                c -> c.isToPublic() && !c.getOpensOn().isAfter(today), Consultation::getTitle, Consultation::getOpensOn);
    }

    public TextHits policies(SearchWords words, int offset, int limit) {
        if (words.isEmpty()) {
            return TextHits.none();
        }
        LocalDate today = LocalDate.now(clock);
        return hits(index.policies(words, today, Math.max(0, offset), page(limit)),
                p -> !p.getIssuedOn().isAfter(today), Policy::getTitle, Policy::getIssuedOn);
    }

    private <E extends AbstractEntity> TextHits hits(PublicTextIndex.Page<E> page, Predicate<E> isPublic,
                                                     Function<E, String> title, Function<E, LocalDate> date) {
        List<TextHit> hits = page.hits().stream().filter(h -> isPublic.test(h.record()))
                .map(h -> new TextHit(h.record().getId(), h.title().isEmpty() ? title.apply(h.record()) : h.title().getFirst(),
                        h.passages(), date.apply(h.record())))
                .toList();
        return new TextHits(hits, page.total(), searchIndex.status().building());
    }

    private static int page(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE);
    }
}
