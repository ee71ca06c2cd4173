package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.oversight.League;
import cn.ezhou.yshj.oversight.LeagueMethod;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The department league table for the items (and consultation comments) due from {@code from} to
 * {@code to}, best overall score first, with the method it was scored by; {@code figuresAsOf} is
 * when the pre-aggregated figures were last rebuilt.
 */
public record LeagueDocument(LocalDate from, LocalDate to, Instant figuresAsOf, Method method, List<LeagueLine> rows) {

    /** The weights of the six component scores in percent, and the working days at which the speed score reaches 0. */
    public record Method(int onTimeWeight, int speedWeight, int satisfactionWeight, int reopenWeight,
                         int consultationWeight, int roundWeight, int speedZeroDays) {

        static Method of(LeagueMethod m) {
            return new Method(m.onTimeWeight(), m.speedWeight(), m.satisfactionWeight(), m.reopenWeight(),
                    m.consultationWeight(), m.roundWeight(), m.speedZeroDays());
        }
    }

    public static LeagueDocument of(League league, NameBook names) {
        return new LeagueDocument(league.from(), league.to(), league.asOf(), Method.of(league.method()),
                league.rows().stream().map(r -> LeagueLine.of(r, names)).toList());
    }
}
