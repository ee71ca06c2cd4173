package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.templates.AnswerTemplate;
import cn.ezhou.yshj.templates.AnswerTemplates;
import cn.ezhou.yshj.templates.TemplateUse;
import cn.ezhou.yshj.templates.ui.TemplatePicker;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentGroup;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationDetail;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.drafts.ui.Autosave;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The drafting department answers every comment, then publishes the feedback report. */
@Route(value = "consultations/:id(\\d+)/answers", layout = MainLayout.class)
@RolesAllowed({AppRoles.DEPARTMENT, AppRoles.OFFICE})
class AnswersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final CommentDesk comments;
    private final AnswerDesk answers;
    private final DraftService drafts;
    private final AnswerTemplates templates;
    private final CurrentUser currentUser;
    private List<AnswerTemplate> answerTemplates = List.of();
    private long id;

    AnswersView(ConsultationService consultations, CommentDesk comments, AnswerDesk answers, DraftService drafts,
                AnswerTemplates templates, CurrentUser currentUser) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.drafts = drafts;
        this.consultations = consultations;
        this.comments = comments;
        this.answers = answers;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        ConsultationDetail d;
        List<CommentRecord> all;
        try {
            d = consultations.detail(id);
            all = comments.comments(id).stream().filter(c -> !c.withdrawn()).toList();
        } catch (Refusal r) {
            add(new H2(getTranslation("consultation.error.notFound")), new Paragraph(Errors.message(this, r)));
            return;
        }
        add(new H2(getTranslation("consultation.answers") + "：" + d.title()));
        // Templates are a department unit's; the office answering its own consultation has none.
        answerTemplates = currentUser.hasRole(AppRoles.DEPARTMENT) ? templates.mine(TemplateUse.CONSULTATION_ANSWER) : List.of();
        long open = all.stream().filter(c -> !c.answered()).count();
        Paragraph status = new Paragraph(getTranslation("consultation.answers.status", all.size(), open));
        status.setId("answers-status");
        add(status);
        for (CommentGroup group : CommentGroup.of(all)) {
            if (group.comments().size() == 1) {
                add(answerRow(group.comments().getFirst()));
            } else {
                add(groupBlock(group));
            }
        }
        Button publish = new Button(getTranslation("consultation.report.publish"), e -> {
            if (Errors.attempt(this, () -> answers.publishReport(id))) {
                getUI().ifPresent(ui -> ui.navigate("consultations/" + id + "/report"));
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-report");
        add(publish);
    }

    /** Alike comments on one article under one answer for them all; each can still be answered on its own. */
    private Div groupBlock(CommentGroup group) {
        long first = group.comments().getFirst().id();
        Paragraph heading = new Paragraph(getTranslation("consultation.group.heading", group.comments().size(),
                String.join("、", group.sharedTerms())));
        heading.addClassName("group-heading");
        ComboBox<AnswerOutcome> outcome = outcomeField("group-outcome-" + first);
        TextArea reason = reasonField("group-reason-" + first);
        TemplatePicker picker = picker(outcome, reason);
        Button answerAll = new Button(getTranslation("consultation.group.answer", group.comments().size()), e -> {
            List<AnswerDesk.Target> targets = group.comments().stream()
                    .map(c -> new AnswerDesk.Target(c.id(), c.version())).toList();
            if (Errors.attempt(this, () -> answers.answerAll(targets, outcome.getValue(), reason.getValue()))) {
                Errors.success(this, "consultation.answer.saved");
                show();
            }
        });
        answerAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answerAll.setId("answer-group-" + first);
        Div block = new Div(heading, outcome, picker, reason, answerAll);
        block.addClassName("comment-group");
        block.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("padding-left", "var(--lumo-space-m)");
        group.comments().forEach(c -> block.add(answerRow(c)));
        return block;
    }

    private Div answerRow(CommentRecord c) {
        Div row = new CommentCard(c, false, x -> { }, x -> { });
        if (c.partLabel() != null && !c.partLabel().isBlank()) {
            row.addComponentAsFirst(new Paragraph(c.partLabel()));
        }
        ComboBox<AnswerOutcome> outcome = outcomeField("outcome-" + c.id());
        outcome.setValue(c.outcome());
        TextArea reason = reasonField("reason-" + c.id());
        reason.setValue(c.reason() == null ? "" : c.reason());
        Autosave draft = new Autosave(drafts, "consultation.answer", c.id())
                .choice("outcome", outcome, AnswerOutcome::name, AnswerOutcome::valueOf).text("reason", reason).resume();
        Button save = new Button(getTranslation("consultation.answer.save"), e -> {
            if (Errors.attempt(this, () -> answers.answer(c.id(), c.version(), outcome.getValue(), reason.getValue()))) {
                draft.discard();
                Errors.success(this, "consultation.answer.saved");
                show();
            }
        });
        save.setId("answer-" + c.id());
        row.add(outcome, picker(outcome, reason), reason, save, draft);
        return row;
    }

    /** The unit's answer templates for the outcome chosen, inserted into the reason. */
    private TemplatePicker picker(ComboBox<AnswerOutcome> outcome, TextArea reason) {
        TemplatePicker picker = new TemplatePicker(answerTemplates, reason);
        picker.setId("template-" + reason.getId().orElse(""));
        picker.showFor(outcome.getValue() == null ? null : outcome.getValue().name());
        outcome.addValueChangeListener(e -> picker.showFor(e.getValue() == null ? null : e.getValue().name()));
        return picker;
    }

    private ComboBox<AnswerOutcome> outcomeField(String id) {
        ComboBox<AnswerOutcome> outcome = new ComboBox<>(getTranslation("consultation.outcome"));
        outcome.setItems(AnswerOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("consultation.outcome." + o));
        outcome.setId(id);
        return outcome;
    }

    private TextArea reasonField(String id) {
        TextArea reason = new TextArea(getTranslation("consultation.answer.reason"));
        LimitedText.apply(reason, 2000);
        reason.setWidthFull();
        reason.setId(id);
        return reason;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.answers");
    }
}
