package cn.ezhou.yshj.opendata;

import cn.ezhou.yshj.oversight.LeagueMethodCommand;
import cn.ezhou.yshj.support.Actors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the open data tests find published and unpublished, made once per context through the
 * services as the people who do it ({@link Seeding}), and the personal data that must never come
 * out: names of observers the public pages do not show, ID and mobile numbers (whole and masked),
 * e-mail addresses, account names, the submitter's pseudonym and the item's reference.
 */
class OpenDataFixture {

    /** The office account that publishes and withdraws the league table in the tests. */
    static final String LEAGUE_OFFICER = "od-league-officer";

    private final OpenDataServices s;
    private Seed seed;

    OpenDataFixture(OpenDataServices services) {
        this.s = services;
    }

    /**
     * The ids and texts the tests look for. {@code publicObserverName} is the one person's name the
     * API shows, as the feedback report page does; {@code personal} and {@code unpublished} must
     * appear nowhere.
     */
    record Seed(long reported, long answering, long scheduled, long nonPublic, long policy, long plainPolicy,
                long publishedCase, long unpublishedCase, String associationName, String publicObserverName,
                List<String> personal, List<String> unpublished) {
    }

    /** Made on first use, then the clock on the day the tests look at the portal. */
    synchronized Seed seed() {
        if (seed == null) {
            seed = new Seeding(new Steps(s, this::at), actors()).run();
        }
        at("2027-01-12");
        return seed;
    }

    void resetClock() {
        s.clock().reset();
        s.security().clearContext();
    }

    private void at(String date) {
        s.clock().set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    Actors actors() {
        return new Actors(s.security(), s.accounts());
    }

    /** Publishes or withdraws the league table as the office; returns whether it was published before. */
    boolean publishLeague(boolean published) {
        actors().ensure(LEAGUE_OFFICER, "OFFICE", "OFFICE").as(LEAGUE_OFFICER, "OFFICE");
        var m = s.league().method();
        s.league().saveMethod(new LeagueMethodCommand(m.version(), m.onTimeWeight(), m.speedWeight(),
                m.satisfactionWeight(), m.reopenWeight(), m.consultationWeight(), m.roundWeight(), m.speedZeroDays(),
                published));
        s.security().clearContext();
        return m.published();
    }
}
