package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.base.Refusal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of deadline days, both ends included, optionally narrowed to a district and a domain
 * (null for all). Periods longer than three years are refused: the figures are
 * kept per day and a longer period is not a question the office asks.
 */
public record FigureQuery(LocalDate from, LocalDate to, String district, String domain) {

    public static final int MAX_DAYS = 3 * 366;

    public FigureQuery {
        if (from == null || to == null) {
            throw new Refusal("oversight.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new Refusal("oversight.error.periodOrder");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new Refusal("oversight.error.periodLength");
        }
        district = district == null || district.isBlank() ? null : district;
        domain = domain == null || domain.isBlank() ? null : domain;
    }

    public static FigureQuery of(LocalDate from, LocalDate to) {
        return new FigureQuery(from, to, null, null);
    }
}
