package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.attachment.ui.FormFiles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.observer.ObserverService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Public application to become an observer; ends with the reference number to follow it. */
@Route(value = "apply", layout = MainLayout.class)
@AnonymousAllowed
class ApplyView extends VerticalLayout implements HasDynamicTitle {

    ApplyView(ObserverService observers, DirectoryService directory, AttachmentService attachments) {
        setMaxWidth("56rem");
        ApplicationForm form = new ApplicationForm(directory);
        // Files uploaded here belong to this form (its secret key) until the application binds them.
        FormFiles files = new FormFiles(attachments, ObserverService.MAX_ATTACHMENTS);
        AttachmentField letter = new AttachmentField(getTranslation("apply.attachment"), ObserverService.MAX_ATTACHMENTS,
                attachments.maxSize(), files);
        Button submit = new Button(getTranslation("apply.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("apply-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            String[] reference = new String[1];
            if (Errors.attempt(this, () -> reference[0] = observers.apply(form.value(), files.formKey(),
                    files.ids()))) {
                removeAll();
                Span number = new Span(reference[0]);
                number.setId("apply-reference");
                number.addClassName("reference-number");
                add(new H2(getTranslation("apply.done")), new Paragraph(getTranslation("apply.doneText")), number,
                        new Anchor("apply/status", getTranslation("apply.followLink")));
            } else {
                submit.setEnabled(true);
            }
        });
        add(new H2(getTranslation("apply.heading")), new Paragraph(getTranslation("apply.intro")), form, letter, submit,
                new Anchor("apply/status", getTranslation("apply.followLink")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.heading");
    }
}
