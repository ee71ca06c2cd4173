package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.observer.PublicityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;

/** A batch decision on the selected candidates: open their publicity period, or appoint them. */
class BatchDialog extends Dialog {

    enum Kind { PUBLICITY, APPOINTMENT }

    BatchDialog(PublicityService publicity, List<Long> ids, Kind kind, LocalDate today, Runnable onDone) {
        setHeaderTitle(getTranslation(kind == Kind.PUBLICITY ? "observers.publicise" : "observers.appoint"));
        add(new Paragraph(getTranslation("observers.selected", ids.size())));
        DatePicker start = new DatePicker(getTranslation(kind == Kind.PUBLICITY ? "observers.publicityStart" : "observers.termStart"),
                today);
        DatePicker end = new DatePicker(getTranslation("observers.termEnd"), today.plusYears(2).minusDays(1));
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        end.setVisible(kind == Kind.APPOINTMENT);
        Paragraph hint = new Paragraph();
        if (kind == Kind.PUBLICITY) {
            start.addValueChangeListener(e -> hint.setText(e.getValue() == null ? "" : getTranslation("observers.publicityEnds",
                    publicity.publicityEnd(e.getValue()).toString())));
            hint.setText(getTranslation("observers.publicityEnds", publicity.publicityEnd(start.getValue()).toString()));
        } else {
            start.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    end.setValue(e.getValue().plusYears(2).minusDays(1));
                }
            });
        }
        add(new FormLayout(start, end), hint);
        Button confirm = new Button(getTranslation("common.confirm"), e -> {
            if (start.getValue() == null || (kind == Kind.APPOINTMENT && end.getValue() == null)) {
                start.setInvalid(start.getValue() == null);
                return;
            }
            boolean done = Errors.attempt(this, () -> {
                if (kind == Kind.PUBLICITY) {
                    publicity.openPublicity(ids, start.getValue());
                } else {
                    publicity.appoint(ids, start.getValue(), end.getValue());
                }
            });
            if (done) {
                onDone.run();
                close();
                Errors.success(this, "observers.done");
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("batch-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
