package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Downloads;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
        String formKey = UUID.randomUUID().toString();
        List<AttachmentRecord> uploaded = new CopyOnWriteArrayList<>();
        AttachmentField letter = new AttachmentField(getTranslation("apply.attachment"), ObserverService.MAX_ATTACHMENTS,
                attachments.maxSize(), new AttachmentField.Backend() {
                    public AttachmentRecord upload(String fileName, byte[] content) {
                        if (uploaded.size() >= ObserverService.MAX_ATTACHMENTS) {
                            throw new Refusal("attachment.error.tooMany", ObserverService.MAX_ATTACHMENTS);
                        }
                        AttachmentRecord r = attachments.storeUnbound(formKey, fileName, content);
                        uploaded.add(r);
                        return r;
                    }

                    public List<AttachmentRecord> list() {
                        return List.copyOf(uploaded);
                    }

                    public void remove(long id) {
                        attachments.removeUnbound(formKey, id);
                        uploaded.removeIf(r -> r.id() == id);
                    }

                    public Downloads.File read(long id) {
                        AttachmentRecord r = uploaded.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
                        return new Downloads.File(r.fileName(), r.contentType(), attachments.readUnbound(formKey, id));
                    }
                });
        Button submit = new Button(getTranslation("apply.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("apply-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            String[] reference = new String[1];
            if (Errors.attempt(this, () -> reference[0] = observers.apply(form.value(), formKey,
                    uploaded.stream().map(AttachmentRecord::id).toList()))) {
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
