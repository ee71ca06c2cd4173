package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.attachment.ui.FormFiles;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.internal.WindowRules;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.drafts.ui.Autosave;
import cn.ezhou.yshj.security.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** A department (or the office) opens a consultation on a draft: text split into articles, window, audience. */
@Route(value = "consultations/new", layout = MainLayout.class)
@RolesAllowed({AppRoles.DEPARTMENT, AppRoles.OFFICE})
class NewConsultationView extends VerticalLayout implements HasDynamicTitle {

    NewConsultationView(ConsultationService consultations, DirectoryService directory, AccountService accounts,
                        AssociationService associations, AttachmentService attachments, DraftService drafts, Clock clock) {
        setMaxWidth("64rem");
        LocalDate today = LocalDate.now(clock);
        TextField title = new TextField(getTranslation("consultation.title"));
        title.setWidthFull();
        LimitedText.apply(title, 200);
        title.setId("consultation-title");
        UnitChoice unit = new UnitChoice(directory, accounts);
        TextArea explanation = new TextArea(getTranslation("consultation.explanation"));
        explanation.setWidthFull();
        LimitedText.apply(explanation, 4000);
        explanation.setId("consultation-explanation");
        DraftTextInput text = new DraftTextInput("consultation.draftText");
        DatePicker opens = new DatePicker(getTranslation("consultation.opensOn"), today);
        opens.setMin(today);
        opens.setId("consultation-opens");
        DatePicker closes = new DatePicker(getTranslation("consultation.closesOn"));
        closes.setMin(today);
        closes.setValue(today.plusDays(WindowRules.MINIMUM_DAYS - 1));
        closes.setId("consultation-closes");
        TextArea reason = new TextArea(getTranslation("consultation.shortWindowReason"));
        reason.setWidthFull();
        LimitedText.apply(reason, 500);
        reason.setId("consultation-reason");
        Paragraph window = new Paragraph();
        window.addClassName("form-hint");
        Runnable windowHint = () -> {
            LocalDate from = opens.getValue() == null ? today : opens.getValue();
            long days = closes.getValue() == null ? 0 : WindowRules.days(from, closes.getValue());
            window.setText(getTranslation("consultation.window.hint", WindowRules.MINIMUM_DAYS, days));
            reason.setVisible(closes.getValue() != null && days < WindowRules.MINIMUM_DAYS);
        };
        closes.addValueChangeListener(e -> windowHint.run());
        opens.addValueChangeListener(e -> windowHint.run());
        windowHint.run();
        AudienceChoice audience = new AudienceChoice(directory, associations);
        FormFiles files = new FormFiles(attachments, 10);
        AttachmentField attachmentField = new AttachmentField(getTranslation("consultation.files"), 10,
                attachments.maxSize(), files);
        // The draft keeps the texts and the window; the audience and the files are chosen again.
        Autosave draft = new Autosave(drafts, "consultation.new", 0).text("title", title)
                .text("explanation", explanation).text("text", text.textArea()).text("reason", reason)
                .choice("opens", opens, LocalDate::toString, LocalDate::parse)
                .choice("closes", closes, LocalDate::toString, LocalDate::parse).resume();
        Button open = new Button(getTranslation("consultation.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("consultation-open");
        open.addClickListener(e -> {
            long[] id = new long[1];
            if (Errors.attempt(this, () -> id[0] = consultations.open(new OpenConsultation(title.getValue(),
                    unit.value(), explanation.getValue(), text.parts(), opens.getValue(), closes.getValue(), reason.getValue(),
                    audience.tags(), audience.associations(), audience.observers(), audience.isPublic(),
                    files.formKey(), files.ids())))) {
                draft.discard();
                getUI().ifPresent(ui -> ui.navigate("consultations/" + id[0]));
            }
        });
        add(new H2(getPageTitle()), title, unit, explanation, text, dates(opens, closes), window, reason, audience, attachmentField, open, draft);
    }

    private static com.vaadin.flow.component.orderedlayout.HorizontalLayout dates(DatePicker opens, DatePicker closes) {
        var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(opens, closes);
        row.setWrap(true);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.new");
    }
}
