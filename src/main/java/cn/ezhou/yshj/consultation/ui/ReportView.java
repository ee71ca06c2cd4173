package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.FeedbackReport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 意见采纳情况: counts by outcome and every comment with its answer (a draft view for the drafters until published). */
@Route(value = "consultations/:id(\\d+)/report", layout = MainLayout.class)
@AnonymousAllowed
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AnswerDesk answers;

    ReportView(AnswerDesk answers) {
        this.answers = answers;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        FeedbackReport report;
        try {
            report = answers.report(id);
        } catch (Refusal r) {
            add(new H2(getTranslation("consultation.report")), new Paragraph(Errors.message(this, r)));
            return;
        }
        add(new H2(getTranslation("consultation.report") + "：" + report.title()));
        add(new Paragraph(report.publishedAt() == null ? getTranslation("consultation.report.unpublished")
                : getTranslation("consultation.report.publishedAt", Formats.dateTime(report.publishedAt()))));
        Div counts = new Div();
        counts.addClassName("fact-list");
        counts.setId("report-counts");
        counts.add(Blocks.fact(getTranslation("consultation.report.total"), String.valueOf(report.total())));
        for (AnswerOutcome o : AnswerOutcome.values()) {
            counts.add(Blocks.fact(getTranslation("consultation.outcome." + o), String.valueOf(report.counts().get(o))));
        }
        add(counts, new H3(getTranslation("consultation.report.comments")));
        for (CommentRecord c : report.comments()) {
            Div card = new CommentCard(c, false, x -> { }, x -> { });
            Span on = new Span(c.partLabel() == null || c.partLabel().isBlank()
                    ? getTranslation("consultation.comment.whole") : c.partLabel());
            on.addClassName("article-label");
            card.addComponentAsFirst(on);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.report");
    }
}
