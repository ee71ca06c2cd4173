package cn.ezhou.yshj.workbench.ui;

import cn.ezhou.yshj.consultation.OfficeConsultationCounts;
import cn.ezhou.yshj.submission.OfficeCounts;
import com.vaadin.flow.component.Component;

/** The office's tiles: triage, reviews, requests, the two deadline lights, consultations answered late. */
final class OfficeBoards {

    private OfficeBoards() {
    }

    static Board items(Component owner, OfficeCounts c) {
        Tile dueSoon = new Tile("tile-due-soon", c.dueSoon(), owner.getTranslation("workbench.office.dueSoon"),
                Links.supervision("DUE_SOON"));
        if (c.dueSoon() > 0) {
            dueSoon.mark(Tile.Mark.DUE_SOON, owner.getTranslation("workbench.mark.dueSoon"));
        }
        Tile overdue = new Tile("tile-overdue", c.overdue(), owner.getTranslation("workbench.office.overdue"),
                Links.supervision("OVERDUE"));
        if (c.overdue() > 0) {
            overdue.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.mark.overdue"));
        }
        Tile triage = new Tile("tile-triage", c.triage(), owner.getTranslation("workbench.office.triage"),
                Links.officeInbox("SUBMITTED"));
        if (c.triageLate() > 0) {
            triage.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.mark.stepLate", c.triageLate()));
        }
        return new Board("board-office-items", owner.getTranslation("workbench.office.items"))
                .tile(triage)
                .tile(new Tile("tile-review", c.repliesToReview(), owner.getTranslation("workbench.office.review"),
                        Links.officeInbox("REPLIED")))
                .tile(new Tile("tile-extensions", c.extensionRequests(), owner.getTranslation("workbench.office.extensions"),
                        Links.officeInbox("EXTENSION_REQUESTED")))
                .tile(new Tile("tile-returns", c.returned(), owner.getTranslation("workbench.office.returns"),
                        Links.officeInbox("RETURNED")))
                .tile(dueSoon)
                .tile(overdue);
    }

    static Board consultations(Component owner, OfficeConsultationCounts c) {
        Tile late = new Tile("tile-answers-late", c.answersLate(), owner.getTranslation("workbench.office.answersLate"),
                Links.only("consultations", "late"));
        if (c.answersLate() > 0) {
            late.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.mark.overdue"));
        }
        late.mark(Tile.Mark.INFO, owner.getTranslation("workbench.office.waitingForAnswers", c.waitingForAnswers()));
        return new Board("board-office-consultations", owner.getTranslation("workbench.consultations")).tile(late);
    }
}
