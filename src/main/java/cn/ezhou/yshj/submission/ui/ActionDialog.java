package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.Errors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One dialog for every action on an item: the fields the action needs, a confirm button, and the
 * service's refusal shown inside the dialog (nothing changes, the user can correct and retry).
 */
class ActionDialog extends Dialog {

    private final Span error = new Span();

    ActionDialog(String title, Runnable action, Runnable afterSuccess, Component... fields) {
        setHeaderTitle(title);
        setWidth("min(560px, 95vw)");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        VerticalLayout content = new VerticalLayout(fields);
        content.setPadding(false);
        content.add(error);
        add(content);
        Button confirm = new Button(getTranslation("common.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("action-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                action.run();
                close();
                afterSuccess.run();
            } catch (RuntimeException ex) {
                confirm.setEnabled(true);
                String message = Errors.message(this, ex);
                if (message == null) {
                    throw ex;
                }
                error.setText(message);
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
