package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.templates.AnswerTemplates;
import cn.ezhou.yshj.templates.TemplateUse;
import cn.ezhou.yshj.templates.ui.TemplatePicker;
import cn.ezhou.yshj.drafts.ui.Autosave;
import cn.ezhou.yshj.submission.FileContent;
import cn.ezhou.yshj.submission.ItemFiles;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.ReplyCommand;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionAction;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.Texts;
import cn.ezhou.yshj.submission.TriageAdvisor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** The buttons for what the viewer may do with the item now, each opening its dialog. */
class ActionPanel extends FlexLayout {

    private final SubmissionService submissions;
    private final OfficeDesk office;
    private final DepartmentDesk departments;
    private final DirectoryService directory;
    private final ItemFiles files;
    private final DraftService drafts;
    private final TriageAdvisor advisor;
    private final AnswerTemplates templates;
    private final Runnable reload;

    ActionPanel(SubmissionDetail d, SubmissionService submissions, OfficeDesk office, DepartmentDesk departments,
                DirectoryService directory, ItemFiles files, DraftService drafts, TriageAdvisor advisor,
                AnswerTemplates templates, Runnable reload) {
        this.templates = templates;
        this.advisor = advisor;
        this.files = files;
        this.drafts = drafts;
        this.submissions = submissions;
        this.office = office;
        this.departments = departments;
        this.directory = directory;
        this.reload = reload;
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        setId("submission-actions");
        for (SubmissionAction action : SubmissionAction.values()) {
            if (d.can(action)) {
                Button button = new Button(getTranslation("submission.action." + action), e -> open(action, d));
                button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
                if (action == SubmissionAction.SUBMIT || action == SubmissionAction.ASSIGN
                        || action == SubmissionAction.REPLY || action == SubmissionAction.APPROVE_REPLY
                        || action == SubmissionAction.RATE || action == SubmissionAction.SIGN) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                add(button);
            }
        }
    }

    private void open(SubmissionAction action, SubmissionDetail d) {
        long id = d.id();
        long v = d.version();
        String title = getTranslation("submission.action." + action);
        switch (action) {
            case SUBMIT -> getUI().ifPresent(ui -> ui.navigate(NewSubmissionView.class));
            case SIGN -> dialog(title, () -> departments.sign(id, v));
            case APPROVE_REPLY -> dialog(title, () -> office.approveReply(id, v));
            case REJECT -> { TextArea r = reason(); dialog(title, () -> office.reject(id, v, r.getValue()), r); }
            case RETURN -> { TextArea r = reason(); dialog(title, () -> departments.returnItem(id, v, r.getValue()), r); }
            case ACCEPT_RETURN -> { TextArea r = note(); dialog(title, () -> office.acceptReturn(id, v, r.getValue()), r); }
            case REFUSE_RETURN -> { TextArea r = reason(); dialog(title, () -> office.refuseReturn(id, v, r.getValue()), r); }
            case APPROVE_EXTENSION -> { TextArea r = note(); dialog(title, () -> office.decideExtension(id, v, true, r.getValue()), r); }
            case REFUSE_EXTENSION -> { TextArea r = reason(); dialog(title, () -> office.decideExtension(id, v, false, r.getValue()), r); }
            case REQUEST_REWORK -> { TextArea r = reason(); dialog(title, () -> office.requestRework(id, v, r.getValue()), r); }
            case REOPEN -> { TextArea r = reason(); dialog(title, () -> office.reopen(id, v, r.getValue()), r); }
            case CLOSE -> { TextArea r = reason(); dialog(title, () -> office.close(id, v, r.getValue()), r); }
            case REVEAL_IDENTITY -> { TextArea r = reason(); dialog(title, () -> office.revealIdentity(id, v, r.getValue()), r); }
            case CO_INPUT -> {
                TextArea r = text("submission.coInput", Texts.MAX_INPUT);
                Autosave draft = new Autosave(drafts, "submission.coInput", id).text("text", r).resume();
                new ActionDialog(title, () -> departments.coInput(id, v, r.getValue()), sent(draft), r, draft).open();
            }
            case MERGE -> {
                TextField target = new TextField(getTranslation("submission.mergeTarget"));
                target.setPlaceholder("SQ2026-000123");
                target.setId("merge-target");
                dialog(title, () -> office.merge(id, v, target.getValue()), target);
            }
            case ASSIGN -> assign(d, title);
            case REQUEST_EXTENSION -> {
                DatePicker until = new DatePicker(getTranslation("submission.extensionUntil"));
                until.setMin(d.deadline() == null ? null : d.deadline().plusDays(1));
                until.setId("extension-until");
                TextArea r = reason();
                dialog(title, () -> departments.requestExtension(id, v, until.getValue(), r.getValue()), until, r);
            }
            case REPLY -> {
                RadioButtonGroup<ResultType> result = new RadioButtonGroup<>(getTranslation("submission.resultType"));
                result.setItems(ResultType.values());
                result.setItemLabelGenerator(t -> getTranslation("submission.result." + t));
                result.setId("reply-result");
                TextArea measures = text("submission.measures", 4000);
                TemplatePicker picker = new TemplatePicker(templates.mine(TemplateUse.ITEM_REPLY), measures);
                picker.setId("reply-template");
                result.addValueChangeListener(e -> picker.showFor(e.getValue() == null ? null : e.getValue().name()));
                Autosave draft = new Autosave(drafts, "submission.reply", id)
                        .choice("result", result, ResultType::name, ResultType::valueOf).text("measures", measures).resume();
                new ActionDialog(title, () -> departments.reply(id, v, new ReplyCommand(result.getValue(), measures.getValue())),
                        sent(draft), result, picker, measures, replyFiles(id), draft).open();
            }
            case RATE -> {
                RadioButtonGroup<Rating> rating = new RadioButtonGroup<>(getTranslation("submission.rating"));
                rating.setItems(Rating.values());
                rating.setItemLabelGenerator(r -> getTranslation("submission.rating." + r));
                rating.setId("rating-choice");
                TextArea comment = new TextArea(getTranslation("submission.ratingComment"));
                comment.setHelperText(getTranslation("submission.ratingComment.helper"));
                text(comment, SubmissionService.MAX_RATING_COMMENT);
                dialog(title, () -> submissions.rate(id, v, rating.getValue(), comment.getValue()), rating, comment);
            }
            default -> throw new IllegalStateException(action.name());
        }
    }

    private AttachmentField replyFiles(long id) {
        return new AttachmentField(getTranslation("submission.replyFiles"), ItemFiles.MAX_FILES, files.maxSize(),
                new AttachmentField.Backend() {
                    public AttachmentRecord upload(String fileName, byte[] content) {
                        return files.addToReply(id, fileName, content);
                    }

                    public List<AttachmentRecord> list() {
                        return files.files(id).reply();
                    }

                    public void remove(long attachmentId) {
                        files.removeFromReply(id, attachmentId);
                    }

                    public Downloads.File read(long attachmentId) {
                        FileContent f = files.download(id, attachmentId);
                        return new Downloads.File(f.name(), f.contentType(), f.content());
                    }
                });
    }

    private void assign(SubmissionDetail d, String title) {
        List<OrgUnitRecord> units = directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT,
                OrgUnitKind.FUNCTIONAL_ZONE);
        ComboBox<OrgUnitRecord> lead = new ComboBox<>(getTranslation("submission.leadUnit"), units);
        lead.setItemLabelGenerator(u -> u.name(getLocale()));
        lead.setRequiredIndicatorVisible(true);
        lead.setId("assign-lead");
        lead.setWidthFull();
        units.stream().filter(u -> u.code().equals(d.suggestedUnit())).findFirst().ifPresent(lead::setValue);
        MultiSelectComboBox<OrgUnitRecord> co = new MultiSelectComboBox<>(getTranslation("submission.coUnits"), units);
        co.setItemLabelGenerator(u -> u.name(getLocale()));
        co.setId("assign-co");
        co.setWidthFull();
        Checkbox urgent = new Checkbox(getTranslation("submission.urgent"), d.urgent());
        TriageAdviceBox advice = new TriageAdviceBox(advisor.advise(d.id()), new SubmissionLabels(this, directory),
                code -> units.stream().filter(u -> u.code().equals(code)).findFirst().ifPresent(lead::setValue));
        dialog(title, () -> office.assign(d.id(), d.version(), new AssignCommand(
                lead.getValue() == null ? null : lead.getValue().code(),
                co.getValue().stream().map(OrgUnitRecord::code).toList(), urgent.getValue())), advice, lead, co, urgent);
    }

    /** After the form was sent its draft is no longer needed. */
    private Runnable sent(Autosave draft) {
        return () -> {
            draft.discard();
            reload.run();
        };
    }

    private void dialog(String title, Runnable action, com.vaadin.flow.component.Component... fields) {
        new ActionDialog(title, action, reload, fields).open();
    }

    private TextArea reason() {
        TextArea area = text("submission.reason", Texts.MAX_REASON);
        area.setRequiredIndicatorVisible(true);
        return area;
    }

    private TextArea note() {
        return text("submission.note", Texts.MAX_REASON);
    }

    private TextArea text(String labelKey, int max) {
        return text(new TextArea(getTranslation(labelKey)), max);
    }

    private static TextArea text(TextArea area, int max) {
        area.setWidthFull();
        LimitedText.apply(area, max);
        area.setId("action-text");
        return area;
    }
}
