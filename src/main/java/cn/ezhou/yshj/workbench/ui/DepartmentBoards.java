package cn.ezhou.yshj.workbench.ui;

import cn.ezhou.yshj.consultation.DepartmentConsultationCounts;
import cn.ezhou.yshj.submission.DepartmentCounts;
import com.vaadin.flow.component.Component;

/** A department's tiles: items to sign, to answer (with their lights), input asked, comments to answer. */
final class DepartmentBoards {

    private DepartmentBoards() {
    }

    static Board items(Component owner, DepartmentCounts c) {
        Tile answer = new Tile("tile-to-answer", c.toAnswer(), owner.getTranslation("workbench.department.toAnswer"),
                Links.departmentTask("ANSWER"));
        if (c.answerOverdue() > 0) {
            answer.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.department.overdue", c.answerOverdue()));
        }
        if (c.answerDueSoon() > 0) {
            answer.mark(Tile.Mark.DUE_SOON, owner.getTranslation("workbench.department.dueSoon", c.answerDueSoon()));
        }
        Tile sign = new Tile("tile-to-sign", c.toSign(), owner.getTranslation("workbench.department.toSign"),
                Links.departmentTask("SIGN"));
        if (c.signLate() > 0) {
            sign.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.mark.stepLate", c.signLate()));
        }
        return new Board("board-department-items", owner.getTranslation("workbench.department.items"))
                .tile(sign)
                .tile(answer)
                .tile(new Tile("tile-input", c.inputAsked(), owner.getTranslation("workbench.department.input"),
                        Links.departmentTask("INPUT")));
    }

    static Board consultations(Component owner, DepartmentConsultationCounts c) {
        Tile answering = new Tile("tile-comments", c.consultationsAnswering(),
                owner.getTranslation("workbench.department.answering"), Links.consultations("ANSWERING"));
        answering.mark(Tile.Mark.INFO, owner.getTranslation("workbench.department.comments", c.commentsToAnswer()));
        if (c.commentsLate() > 0) {
            answering.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.department.commentsLate", c.commentsLate()));
        }
        return new Board("board-department-consultations", owner.getTranslation("workbench.consultations"))
                .tile(answering);
    }
}
