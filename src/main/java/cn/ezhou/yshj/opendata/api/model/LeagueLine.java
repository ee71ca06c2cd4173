package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.LeagueRow;
import cn.ezhou.yshj.oversight.ScoreComponent;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.util.EnumMap;
import java.util.Map;

/**
 * A unit's line: its rank (null when it had nothing to score), overall score and component scores
 * (0–100; a component without data is absent), and every figure behind them — items due in the
 * period and what became of them, ratings, reopenings, consultation comments answered on time and
 * satisfaction-round ratings. Rates are fractions (0–1), null when there is nothing to divide by.
 */
public record LeagueLine(Integer rank, Named unit, Double overall, Map<ScoreComponent, Double> scores, long items,
                         long onTime, long late, long overdue, long pending, long answered, Double onTimeRate,
                         Double averageReplyDays, long satisfied, long basic, long defaulted, long dissatisfied,
                         Double satisfactionRate, long reopened, long consultationCommentsDue,
                         long consultationCommentsOnTime, Double roundAverage, long roundRatings) {

    public static LeagueLine of(LeagueRow r, NameBook names) {
        Figures f = r.figures();
        Map<ScoreComponent, Double> scores = r.scores().isEmpty() ? Map.of() : new EnumMap<>(r.scores());
        return new LeagueLine(r.rank() == 0 ? null : r.rank(), names.unit(r.unitCode()), r.overall(), scores, f.items(),
                f.onTime(), f.late(), f.overdue(), f.pending(), f.answered(), f.onTimeRate(), f.averageReplyDays(),
                f.satisfied(), f.basic(), f.defaulted(), f.dissatisfied(), f.satisfactionRate(), f.reopened(),
                r.consultationDue(), r.consultationOnTime(), r.roundAverage(), r.roundRatings());
    }
}
