package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.RoundService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;

/** The office opens a round: title, the departments rated (all by default), the dimensions one per line, the window. */
@Route(value = "rounds/new", layout = MainLayout.class)
@RolesAllowed(AppRoles.OFFICE)
class NewRoundView extends VerticalLayout implements HasDynamicTitle {

    NewRoundView(RoundService rounds, DirectoryService directory, Clock clock) {
        setMaxWidth("48rem");
        LocalDate today = LocalDate.now(clock);
        DepartmentNames names = new DepartmentNames(directory, getLocale());
        TextField title = new TextField(getTranslation("round.title"));
        title.setWidthFull();
        LimitedText.apply(title, 200);
        title.setPlaceholder(getTranslation("round.title.example"));
        title.setId("round-title");
        MultiSelectComboBox<String> departments = new MultiSelectComboBox<>(getTranslation("round.departments"));
        departments.setItems(names.codes());
        departments.setItemLabelGenerator(names::name);
        departments.setValue(new LinkedHashSet<>(names.codes()));
        departments.setHelperText(getTranslation("round.departments.hint"));
        departments.setWidthFull();
        departments.setId("round-departments");
        TextArea dimensions = new TextArea(getTranslation("round.dimensions"));
        dimensions.setHelperText(getTranslation("round.dimensions.hint"));
        dimensions.setValue(String.join("\n", RoundService.DEFAULT_DIMENSIONS));
        dimensions.setWidthFull();
        dimensions.setId("round-dimensions");
        DatePicker opens = new DatePicker(getTranslation("round.opensOn"), today);
        opens.setMin(today);
        opens.setId("round-opens");
        DatePicker closes = new DatePicker(getTranslation("round.closesOn"), today.plusDays(14));
        closes.setMin(today);
        closes.setId("round-closes");
        HorizontalLayout window = new HorizontalLayout(opens, closes);
        window.setWrap(true);
        window.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button open = new Button(getTranslation("round.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("round-open");
        open.addClickListener(e -> {
            long[] id = new long[1];
            var lines = Arrays.stream(dimensions.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (Errors.attempt(this, () -> id[0] = rounds.open(new OpenRound(title.getValue(), departments.getValue(),
                    lines, opens.getValue(), closes.getValue())))) {
                getUI().ifPresent(ui -> ui.navigate("rounds/" + id[0]));
            }
        });
        add(new H2(getPageTitle()), title, departments, dimensions, window, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round.new");
    }
}
