package cn.ezhou.yshj.oversight.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;

/** A period of days: from, to, and presets for this month, quarter and year (of today). */
class PeriodPicker extends Composite<HorizontalLayout> {

    enum Preset { MONTH, QUARTER, YEAR }

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Preset> preset = new Select<>();
    private final LocalDate today;
    private Runnable listener = () -> { };
    private boolean applying;

    PeriodPicker(LocalDate today, Preset initial) {
        this.today = today;
        DatePicker.DatePickerI18n format = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        from.setI18n(format);
        to.setI18n(format);
        from.setLabel(getTranslation("oversight.from"));
        to.setLabel(getTranslation("oversight.to"));
        from.setId("period-from");
        to.setId("period-to");
        preset.setLabel(getTranslation("oversight.preset"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("oversight.preset." + p));
        preset.setId("period-preset");
        preset.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(e.getValue());
            }
        });
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
        getContent().add(preset, from, to);
        preset.setValue(initial);
    }

    private void apply(Preset p) {
        applying = true;
        LocalDate start = switch (p) {
            case MONTH -> today.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> today.withDayOfYear(1);
        };
        from.setValue(start);
        to.setValue(switch (p) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        });
        applying = false;
        listener.run();
    }

    LocalDate from() {
        return from.getValue();
    }

    LocalDate to() {
        return to.getValue();
    }

    /** Runs once per change: a preset sets both ends and tells the listener once. */
    void onChange(Runnable listener) {
        this.listener = listener;
        from.addValueChangeListener(e -> changed(e.isFromClient()));
        to.addValueChangeListener(e -> changed(e.isFromClient()));
    }

    private void changed(boolean byUser) {
        if (!applying) {
            if (byUser) {
                preset.clear();
            }
            listener.run();
        }
    }
}
