package cn.ezhou.yshj.calendar.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.calendar.CalendarDayRecord;
import cn.ezhou.yshj.calendar.DayKind;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** Mark a day as a holiday or an adjusted working day, or return it to the ordinary rule. */
class DayDialog extends Dialog {

    DayDialog(WorkCalendarService calendar, LocalDate day, CalendarDayRecord current, Runnable onSaved) {
        setHeaderTitle(Formats.date(day));
        RadioButtonGroup<DayKind> kind = new RadioButtonGroup<>(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k));
        kind.setValue(current == null ? DayKind.REGULAR : current.kind());
        TextField nameZh = new TextField(getTranslation("calendar.nameZh"));
        TextField nameEn = new TextField(getTranslation("calendar.nameEn"));
        LimitedText.apply(nameZh, WorkCalendarService.MAX_NAME_ZH);
        LimitedText.apply(nameEn, WorkCalendarService.MAX_NAME_EN);
        if (current != null) {
            nameZh.setValue(current.nameZh() == null ? "" : current.nameZh());
            nameEn.setValue(current.nameEn() == null ? "" : current.nameEn());
        }
        add(new FormLayout(kind, nameZh, nameEn));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Errors.attempt(this, () -> calendar.setDay(day, kind.getValue(), nameZh.getValue(), nameEn.getValue()))) {
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("day-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
