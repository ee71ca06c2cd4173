package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.engagement.Attendance;
import cn.ezhou.yshj.engagement.AttendanceDesk;
import cn.ezhou.yshj.engagement.SignupRecord;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.springframework.data.domain.PageRequest;

/** The office's list of who signed up; once the activity has started, present or absent per person. */
class AttendanceList extends VerticalLayout {

    AttendanceList(AttendanceDesk attendance, long activityId, boolean mayTake) {
        setPadding(false);
        Paragraph hint = new Paragraph(getTranslation(mayTake ? "activity.attendance.hint" : "activity.attendance.later"));
        hint.addClassName("form-hint");
        Grid<SignupRecord> grid = new Grid<>();
        grid.addColumn(SignupRecord::displayName).setHeader(getTranslation("activity.person")).setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.signedUpAt())).setHeader(getTranslation("activity.signedUpAt")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Select<Attendance> select = new Select<>();
            select.setItems(Attendance.values());
            select.setItemLabelGenerator(v -> getTranslation("activity.attendance." + v));
            select.setPlaceholder(getTranslation("activity.attendance.none"));
            select.setValue(s.attendance());
            select.setEnabled(mayTake);
            select.setId("attendance-" + s.id());
            select.setAriaLabel(getTranslation("activity.attendance") + " " + s.displayName());
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && Errors.attempt(this,
                        () -> attendance.record(activityId, s.id(), s.version(), e.getValue()))) {
                    grid.getDataProvider().refreshAll();
                }
            });
            return select;
        }).setHeader(getTranslation("activity.attendance")).setFlexGrow(1);
        grid.setItems(q -> attendance.signups(activityId, PageRequest.of(q.getPage(), q.getPageSize())).stream());
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("activity.signups.none"));
        grid.setHeight("24rem");
        grid.setId("activity-signups");
        add(new H3(getTranslation("activity.signups")), hint, grid);
    }
}
