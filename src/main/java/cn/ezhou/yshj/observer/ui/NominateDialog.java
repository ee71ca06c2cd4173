package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.observer.ObserverService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The office nominates one person with the same form as a public application. */
class NominateDialog extends Dialog {

    NominateDialog(ObserverService observers, DirectoryService directory, Runnable onSaved) {
        setHeaderTitle(getTranslation("observers.nominate"));
        setWidth("min(56rem, 95vw)");
        ApplicationForm form = new ApplicationForm(directory);
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Errors.attempt(this, () -> observers.nominate(form.value()))) {
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
