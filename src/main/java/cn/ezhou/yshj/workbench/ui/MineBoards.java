package cn.ezhou.yshj.workbench.ui;

import cn.ezhou.yshj.consultation.AudienceConsultationCounts;
import cn.ezhou.yshj.engagement.MyEngagementCounts;
import cn.ezhou.yshj.observer.QuarterDuty;
import cn.ezhou.yshj.submission.MyItemCounts;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * An observer's or association liaison's tiles: own items with news, the observer's quarter against
 * the minimum, rounds, briefings and activities, consultations open to them and, for a liaison, the
 * policies whose relay is not yet confirmed.
 */
final class MineBoards {

    private MineBoards() {
    }

    static Board items(Component owner, MyItemCounts c, @Nullable QuarterDuty duty) {
        Tile answered = new Tile("tile-answered", c.answered(), owner.getTranslation("workbench.mine.answered"),
                Links.mine("ANSWERED"));
        if (c.answered() > 0) {
            answered.mark(Tile.Mark.INFO, owner.getTranslation("workbench.mine.rate"));
        }
        Board board = new Board("board-mine-items", owner.getTranslation("workbench.mine.items")).tile(answered)
                .tile(new Tile("tile-drafts", c.drafts(), owner.getTranslation("workbench.mine.drafts"), Links.mine("DRAFT")));
        if (duty != null) {
            Tile quarter = new Tile("tile-duty", duty.submitted(), owner.getTranslation("workbench.mine.duty",
                    duty.quarter().year(), duty.quarter().number(), duty.minimum()), "me");
            quarter.mark(duty.met() ? Tile.Mark.DONE : Tile.Mark.DUE_SOON, duty.met()
                    ? owner.getTranslation("workbench.mine.dutyMet")
                    : owner.getTranslation("workbench.mine.dutyShort", duty.minimum() - duty.submitted()));
            board.tile(quarter);
        }
        return board;
    }

    static Board engagement(Component owner, MyEngagementCounts c) {
        return new Board("board-mine-engagement", owner.getTranslation("workbench.mine.engagement"))
                .tile(new Tile("tile-rounds", c.roundsToRate(), owner.getTranslation("workbench.mine.rounds"),
                        Links.only("rounds", "toRate")))
                .tile(new Tile("tile-briefings", c.unreadBriefings(), owner.getTranslation("workbench.mine.briefings"),
                        Links.only("briefings", "unread")))
                .tile(new Tile("tile-activities", c.activitiesOpen(), owner.getTranslation("workbench.mine.activities"),
                        Links.only("activities", "open")));
    }

    static Board consultations(Component owner, AudienceConsultationCounts c, boolean liaison) {
        Tile open = new Tile("tile-open-consultations", c.open(), owner.getTranslation("workbench.mine.consultations"),
                Links.consultations("OPEN"));
        if (c.daysLeftSoonest() != null) {
            long days = c.daysLeftSoonest();
            open.mark(days <= 3 ? Tile.Mark.DUE_SOON : Tile.Mark.INFO, days == 0
                    ? owner.getTranslation("workbench.mine.closesToday")
                    : owner.getTranslation("workbench.mine.daysLeft", days));
        }
        Board board = new Board("board-mine-consultations", owner.getTranslation("workbench.consultations")).tile(open);
        if (liaison) {
            board.tile(new Tile("tile-policies", c.policiesToConfirm(), owner.getTranslation("workbench.mine.policies"),
                    Links.only("policies", "toConfirm")));
        }
        return board;
    }
}
