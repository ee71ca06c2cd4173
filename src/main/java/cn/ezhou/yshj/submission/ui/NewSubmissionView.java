package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.ui.RightsNotice;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.FileContent;
import cn.ezhou.yshj.submission.ItemFiles;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The submission form. Everything typed is saved as a draft a moment after typing stops, so a
 * session timeout or a closed tab loses nothing; opening the form again resumes the latest draft.
 * The form's token makes a double click or a resent submit produce one item.
 */
@Route(value = "submissions/new", layout = MainLayout.class)
@RolesAllowed({AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class NewSubmissionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SubmissionService submissions;
    private final Clock clock;
    private final ObserverRights rights;
    private final RadioButtonGroup<SubmissionType> type = new RadioButtonGroup<>();
    private final ComboBox<ReferenceItem> domain = new ComboBox<>();
    private final ComboBox<OrgUnitRecord> district = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final ComboBox<OrgUnitRecord> suggestedUnit = new ComboBox<>();
    private final Checkbox discloseName = new Checkbox();
    private final Span saved = new Span();
    private final Button submit = new Button();
    private final ItemFiles files;
    private final VerticalLayout filesSlot = new VerticalLayout();
    private String token = UUID.randomUUID().toString();
    private Long draftId;
    private boolean loading;

    NewSubmissionView(SubmissionService submissions, ItemFiles files, DirectoryService directory, Clock clock,
                      ObserverRights rights) {
        this.clock = clock;
        this.rights = rights;
        this.submissions = submissions;
        this.files = files;
        filesSlot.setPadding(false);
        setMaxWidth("900px");
        type.setLabel(getTranslation("submission.type"));
        type.setItems(SubmissionType.values());
        type.setItemLabelGenerator(t -> getTranslation("submission.type." + t));
        type.setValue(SubmissionType.SUGGESTION);
        type.setId("submission-type");
        domain.setLabel(getTranslation("submission.domain"));
        domain.setItems(directory.items(ReferenceList.ENVIRONMENT_DOMAIN).stream()
                .sorted(Comparator.comparingInt(ReferenceItem::sort)).toList());
        domain.setItemLabelGenerator(i -> i.name(getLocale()));
        domain.setRequiredIndicatorVisible(true);
        domain.setId("submission-domain");
        district.setLabel(getTranslation("submission.district"));
        district.setItems(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        district.setItemLabelGenerator(u -> u.name(getLocale()));
        district.setClearButtonVisible(true);
        title.setLabel(getTranslation("submission.title"));
        LimitedText.apply(title, 200);
        title.setRequiredIndicatorVisible(true);
        title.setId("submission-title");
        body.setLabel(getTranslation("submission.body"));
        LimitedText.apply(body, 4000);
        body.setMinHeight("12em");
        body.setRequiredIndicatorVisible(true);
        body.setHelperText(getTranslation("submission.body.helper"));
        body.setId("submission-body");
        suggestedUnit.setLabel(getTranslation("submission.suggestedUnit"));
        suggestedUnit.setItems(directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        suggestedUnit.setItemLabelGenerator(u -> u.name(getLocale()));
        suggestedUnit.setClearButtonVisible(true);
        discloseName.setLabel(getTranslation("submission.discloseName"));
        // The text reaches the server with every keystroke, so a click on Submit right after typing
        // never misses the last words; the draft itself is saved once typing pauses.
        for (var field : List.of(title, body)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.getElement().addEventListener("input", e -> autosave()).debounce(1200);
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(type, domain, district, suggestedUnit, discloseName)) {
            field.addValueChangeListener(e -> autosave());
        }
        saved.addClassName("autosave-status");
        saved.setId("autosave-status");
        saved.getElement().setAttribute("aria-live", "polite");
        submit.setText(getTranslation("submission.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.setId("submission-submit");
        submit.addClickListener(e -> submit());
        Button later = new Button(getTranslation("submission.saveLater"), e -> {
            autosave();
            getUI().ifPresent(ui -> ui.navigate(MySubmissionsView.class));
        });

        FormLayout form = new FormLayout(type, domain, district, suggestedUnit, title, body, discloseName);
        form.setColspan(type, 2);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setColspan(discloseName, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        HorizontalLayout buttons = new HorizontalLayout(submit, later, saved);
        buttons.setAlignItems(Alignment.CENTER);
        buttons.setWrap(true);
        Span filesHint = new Span(getTranslation("submission.filesAfterDraft"));
        filesHint.addClassName("autosave-status");
        filesSlot.add(filesHint);
        add(new Paragraph(getTranslation("submission.new.intro")), form, filesSlot, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Paragraph> refused = RightsNotice.of(this, rights);
        if (refused.isPresent()) {
            removeAll();
            add(refused.get());
            return;
        }
        Optional<SubmissionDetail> draft = submissions.latestDraft();
        draft.ifPresent(this::resume);
    }

    private void resume(SubmissionDetail d) {
        loading = true;
        try {
            token = d.draftToken();
            showFiles(d.id());
            type.setValue(d.type());
            domain.getListDataView().getItems().filter(i -> i.code().equals(d.domainCode())).findFirst().ifPresent(domain::setValue);
            district.getListDataView().getItems().filter(u -> u.code().equals(d.districtCode())).findFirst().ifPresent(district::setValue);
            suggestedUnit.getListDataView().getItems().filter(u -> u.code().equals(d.suggestedUnit())).findFirst()
                    .ifPresent(suggestedUnit::setValue);
            title.setValue(d.title());
            body.setValue(d.body());
            discloseName.setValue(d.nameDisclosed());
            saved.setText(getTranslation("submission.draftResumed"));
        } finally {
            loading = false;
        }
    }

    private DraftCommand command() {
        return new DraftCommand(token, type.getValue(), domain.getValue() == null ? null : domain.getValue().code(),
                district.getValue() == null ? null : district.getValue().code(), title.getValue(), body.getValue(),
                suggestedUnit.getValue() == null ? null : suggestedUnit.getValue().code(), discloseName.getValue());
    }

    private void autosave() {
        if (loading) {
            return;
        }
        if (!LimitedText.fit(title, body)) {
            saved.setText(getTranslation("submission.draftTooLong"));
            return;
        }
        if (Errors.attempt(this, () -> showFiles(submissions.saveDraft(command()).id()))) {
            saved.setText(getTranslation("submission.autosaved",
                    LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        }
    }

    /** Files can be added once the draft exists (after the first autosave), since they belong to it. */
    private void showFiles(long id) {
        if (draftId != null) {
            return;
        }
        draftId = id;
        filesSlot.removeAll();
        filesSlot.add(new AttachmentField(getTranslation("submission.files"), ItemFiles.MAX_FILES, files.maxSize(),
                new AttachmentField.Backend() {
                    public AttachmentRecord upload(String fileName, byte[] content) {
                        return files.addToDraft(id, fileName, content);
                    }

                    public List<AttachmentRecord> list() {
                        return files.files(id).submitted();
                    }

                    public void remove(long attachmentId) {
                        files.removeFromDraft(id, attachmentId);
                    }

                    public Downloads.File read(long attachmentId) {
                        FileContent f = files.download(id, attachmentId);
                        return new Downloads.File(f.name(), f.contentType(), f.content());
                    }
                }));
    }

    private void submit() {
        if (!LimitedText.fit(title, body)) {
            submit.setEnabled(true);
            return;
        }
        for (AbstractField<?, ?> f : List.<AbstractField<?, ?>>of(title, body)) {
            ((com.vaadin.flow.component.HasValidation) f).setInvalid(false);
        }
        domain.setInvalid(false);
        try {
            SubmissionDetail d = submissions.submit(command());
            cn.ezhou.yshj.base.ui.Errors.success(this, "submission.submitted", d.reference());
            getUI().ifPresent(ui -> ui.navigate("submissions/" + d.id()));
        } catch (Refusal r) {
            submit.setEnabled(true);
            String message = getTranslation(r.key(), r.args());
            switch (r.key()) {
                case "submission.error.title" -> markInvalid(title, message);
                case "submission.error.body" -> markInvalid(body, message);
                case "submission.error.domain" -> { domain.setErrorMessage(message); domain.setInvalid(true); }
                default -> Errors.attempt(this, () -> { throw r; });
            }
        } catch (RuntimeException e) {
            submit.setEnabled(true);
            Errors.attempt(this, () -> { throw e; });
        }
    }

    private static void markInvalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.new");
    }
}
