package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.attachment.ui.FormFiles;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.engagement.PublishBriefing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The office publishes a briefing: title, text, up to five files, observers and/or associations, 保密 or not. */
@Route(value = "briefings/new", layout = MainLayout.class)
@RolesAllowed(AppRoles.OFFICE)
class NewBriefingView extends VerticalLayout implements HasDynamicTitle {

    NewBriefingView(BriefingService briefings, AttachmentService attachments) {
        setMaxWidth("48rem");
        TextField title = new TextField(getTranslation("briefing.title"));
        title.setWidthFull();
        LimitedText.apply(title, 200);
        title.setId("briefing-title");
        TextArea body = new TextArea(getTranslation("briefing.body"));
        body.setWidthFull();
        body.setMinHeight("12rem");
        LimitedText.apply(body, 8000);
        body.setId("briefing-body");
        Audience audience = new Audience("briefing");
        Checkbox confidential = ConfidentialMark.checkbox(this, "briefing-confidential-mark");
        FormFiles files = new FormFiles(attachments, BriefingService.MAX_FILES);
        AttachmentField upload = new AttachmentField(getTranslation("briefing.files", BriefingService.MAX_FILES),
                BriefingService.MAX_FILES, attachments.maxSize(), files);
        Button publish = new Button(getTranslation("briefing.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("briefing-publish");
        publish.addClickListener(e -> {
            long[] id = new long[1];
            if (Errors.attempt(this, () -> id[0] = briefings.publish(new PublishBriefing(title.getValue(), body.getValue(),
                    audience.observers(), audience.associations(), files.formKey(), files.ids(), confidential.getValue())))) {
                getUI().ifPresent(ui -> ui.navigate("briefings/" + id[0]));
            }
        });
        add(new H2(getPageTitle()), title, body, audience, confidential, upload, publish);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("briefing.new");
    }
}
