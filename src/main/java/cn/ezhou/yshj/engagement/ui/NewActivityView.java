package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.CreateActivity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;

/** The office announces an activity: kind, title, description, start, place, capacity, sign-up deadline, audience, 保密 or not. */
@Route(value = "activities/new", layout = MainLayout.class)
@RolesAllowed(AppRoles.OFFICE)
class NewActivityView extends VerticalLayout implements HasDynamicTitle {

    NewActivityView(ActivityService activities, Clock clock) {
        setMaxWidth("48rem");
        LocalDateTime now = LocalDateTime.now(clock);
        Select<ActivityKind> kind = new Select<>();
        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k));
        kind.setValue(ActivityKind.MEETING);
        kind.setId("activity-kind");
        TextField title = new TextField(getTranslation("activity.title"));
        title.setWidthFull();
        LimitedText.apply(title, 200);
        title.setId("activity-title");
        TextArea description = new TextArea(getTranslation("activity.description"));
        description.setWidthFull();
        LimitedText.apply(description, 4000);
        description.setId("activity-description");
        DateTimePicker starts = new DateTimePicker(getTranslation("activity.startsAt"));
        starts.setMin(now);
        starts.setValue(now.toLocalDate().plusDays(7).atTime(14, 30));
        starts.setId("activity-starts");
        DateTimePicker deadline = new DateTimePicker(getTranslation("activity.deadline"));
        deadline.setMin(now);
        deadline.setValue(now.toLocalDate().plusDays(5).atTime(18, 0));
        deadline.setId("activity-deadline");
        TextField place = new TextField(getTranslation("activity.place"));
        place.setWidthFull();
        LimitedText.apply(place, 200);
        place.setId("activity-place");
        IntegerField capacity = new IntegerField(getTranslation("activity.capacity"));
        capacity.setMin(1);
        capacity.setMax(10000);
        capacity.setValue(30);
        capacity.setId("activity-capacity");
        HorizontalLayout times = new HorizontalLayout(starts, deadline);
        times.setWrap(true);
        Audience audience = new Audience("activity");
        Checkbox confidential = ConfidentialMark.checkbox(this, "activity-confidential-mark");
        Button create = new Button(getTranslation("activity.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("activity-create");
        create.addClickListener(e -> {
            long[] id = new long[1];
            if (Errors.attempt(this, () -> id[0] = activities.create(new CreateActivity(kind.getValue(), title.getValue(),
                    description.getValue(), starts.getValue(), place.getValue(), capacity.getValue(), deadline.getValue(),
                    audience.observers(), audience.associations(), confidential.getValue())))) {
                getUI().ifPresent(ui -> ui.navigate("activities/" + id[0]));
            }
        });
        add(new H2(getPageTitle()), kind, title, description, times, place, capacity, audience, confidential, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.new");
    }
}
