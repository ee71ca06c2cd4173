package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.ui.RightsNotice;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.engagement.ActivityDetail;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.ActivitySummary;
import cn.ezhou.yshj.engagement.AttendanceDesk;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One activity, under the 保密 banner when marked so: its facts, signing up or cancelling for recipients, and
 * the office's attendance list and, for a confidential one, its 查阅记录.
 */
@Route(value = "activities/:id(\\d+)", layout = MainLayout.class)
@RolesAllowed({AppRoles.OFFICE, AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityService activities;
    private final AttendanceDesk attendance;
    private final CurrentUser currentUser;
    private final ObserverRights rights;
    private long id;
    private String pageTitle = "";

    ActivityView(ActivityService activities, AttendanceDesk attendance, CurrentUser currentUser, ObserverRights rights) {
        this.rights = rights;
        this.activities = activities;
        this.attendance = attendance;
        this.currentUser = currentUser;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        ActivityDetail d;
        try {
            d = activities.detail(id);
        } catch (Refusal r) {
            pageTitle = getTranslation("activity.error.notFound");
            add(new H2(pageTitle), new Paragraph(Errors.message(this, r)));
            return;
        }
        ActivitySummary a = d.summary();
        pageTitle = a.title();
        H2 title = new H2(a.title());
        title.setId("activity-heading");
        if (a.confidential()) {
            add(ConfidentialMark.banner(this, "activity-confidential"));
        }
        Paragraph facts = new Paragraph(getTranslation("activity.facts", getTranslation("activity.kind." + a.kind()),
                Formats.dateTime(a.startsAt()), a.place(), Formats.dateTime(a.signupDeadline())));
        facts.setId("activity-facts");
        Paragraph places = new Paragraph(getTranslation("activity.places.long", a.signedUp(), a.capacity(),
                Audience.text(this, d.toObservers(), d.toAssociations())));
        places.setId("activity-places");
        Div description = new Div(d.description());
        description.addClassName("engagement-text");
        add(title, facts, places, description);
        if (a.signedUpByMe()) {
            Paragraph mine = new Paragraph(d.myAttendance() == null ? getTranslation("activity.mine")
                    : getTranslation("activity.attendance." + d.myAttendance()));
            mine.setId("activity-mine");
            add(mine);
        }
        if (d.maySignUp()) {
            Button signUp = new Button(getTranslation("activity.signUp"), e -> act(() -> activities.signUp(id), "activity.signedUpDone"));
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signUp.setId("activity-signup");
            add(signUp);
        } else if (!a.signedUpByMe()) {
            RightsNotice.of(this, rights).ifPresent(this::add);
        }
        if (d.mayCancel()) {
            Button cancel = new Button(getTranslation("activity.cancel"), e -> act(() -> activities.cancel(id), "activity.cancelled"));
            cancel.setId("activity-cancel");
            add(cancel);
        }
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            add(new AttendanceList(attendance, id, d.mayTakeAttendance()));
            if (a.confidential()) {
                add(new OpeningsList("activity-openings", page -> activities.openings(id, page)));
            }
        }
    }

    private void act(Runnable action, String doneKey) {
        if (Errors.attempt(this, action)) {
            Errors.success(this, doneKey);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
