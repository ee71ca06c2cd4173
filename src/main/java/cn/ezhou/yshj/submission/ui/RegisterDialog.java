package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.RegisterCommand;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.function.Consumer;

/** Registers an item the office received through another channel (阳光信访平台, hotline, newspaper, …). */
class RegisterDialog extends Dialog {

    RegisterDialog(OfficeDesk office, DirectoryService directory, Consumer<SubmissionDetail> registered) {
        setHeaderTitle(getTranslation("submission.register"));
        setWidth("min(720px, 95vw)");
        ComboBox<ReferenceItem> channel = new ComboBox<>(getTranslation("submission.channel"));
        channel.setItems(directory.items(ReferenceList.SUBMISSION_CHANNEL).stream().filter(i -> !i.code().equals("PORTAL"))
                .sorted(Comparator.comparingInt(ReferenceItem::sort)).toList());
        channel.setItemLabelGenerator(i -> i.name(getLocale()));
        channel.setRequiredIndicatorVisible(true);
        TextField channelRef = new TextField(getTranslation("submission.channelRef"));
        LimitedText.apply(channelRef, 100);
        TextField name = new TextField(getTranslation("submission.submitterName"));
        LimitedText.apply(name, 60);
        name.setRequiredIndicatorVisible(true);
        TextField contact = new TextField(getTranslation("submission.contact"));
        LimitedText.apply(contact, 120);
        RadioButtonGroup<SubmissionType> type = new RadioButtonGroup<>(getTranslation("submission.type"));
        type.setItems(SubmissionType.values());
        type.setItemLabelGenerator(t -> getTranslation("submission.type." + t));
        type.setValue(SubmissionType.COMPLAINT);
        ComboBox<ReferenceItem> domain = new ComboBox<>(getTranslation("submission.domain"));
        domain.setItems(directory.items(ReferenceList.ENVIRONMENT_DOMAIN).stream()
                .sorted(Comparator.comparingInt(ReferenceItem::sort)).toList());
        domain.setItemLabelGenerator(i -> i.name(getLocale()));
        domain.setRequiredIndicatorVisible(true);
        ComboBox<OrgUnitRecord> district = new ComboBox<>(getTranslation("submission.district"));
        district.setItems(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        district.setItemLabelGenerator(u -> u.name(getLocale()));
        district.setClearButtonVisible(true);
        TextField title = new TextField(getTranslation("submission.title"));
        LimitedText.apply(title, 200);
        title.setRequiredIndicatorVisible(true);
        TextArea body = new TextArea(getTranslation("submission.body"));
        LimitedText.apply(body, 4000);
        body.setRequiredIndicatorVisible(true);
        Checkbox urgent = new Checkbox(getTranslation("submission.urgent"));
        FormLayout form = new FormLayout(channel, channelRef, name, contact, type, domain, district, urgent, title, body);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        Span error = new Span();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(form, error);
        Button save = new Button(getTranslation("submission.registerSave"), e -> {
            try {
                SubmissionDetail d = office.register(new RegisterCommand(
                        channel.getValue() == null ? null : channel.getValue().code(), channelRef.getValue(),
                        name.getValue(), contact.getValue(), type.getValue(),
                        domain.getValue() == null ? null : domain.getValue().code(),
                        district.getValue() == null ? null : district.getValue().code(), title.getValue(),
                        body.getValue(), urgent.getValue()));
                close();
                registered.accept(d);
            } catch (RuntimeException ex) {
                String message = Errors.message(this, ex);
                if (message == null) {
                    throw ex;
                }
                error.setText(message);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("register-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
