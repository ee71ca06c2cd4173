package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.observer.AppointmentLetter;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.observer.DutyRecordService;
import cn.ezhou.yshj.observer.ObserverService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The observer's own duty record (履职档案): term, certificate, charter acknowledgement and the duty figures. */
@Route(value = "me", layout = MainLayout.class)
@Menu(title = "nav.me", order = 5, icon = "vaadin:clipboard-user")
@RolesAllowed(AppRoles.OBSERVER)
class MyRecordView extends VerticalLayout implements HasDynamicTitle {

    MyRecordView(ObserverService observers, CharterService charters, DutyRecordService dutyRecords) {
        setMaxWidth("48rem");
        add(new H2(getTranslation("nav.me")));
        Paragraph term = new Paragraph();
        term.setId("me-term");
        observers.mine().ifPresentOrElse(o -> term.setText(o.certificateNo() == null
                        ? getTranslation("me.notAppointed", getTranslation("observerState." + o.state()))
                        : getTranslation("me.term", o.name(), o.certificateNo(), Formats.date(o.termStart()),
                                Formats.date(o.termEnd()), TermLabels.state(this, o)) + TermLabels.renewalLine(this, o)),
                () -> term.setText(getTranslation("me.noRecord")));
        Paragraph charter = new Paragraph(charters.acknowledgedCurrentAt()
                .map(at -> getTranslation("me.charterAcknowledged", Formats.dateTime(at)))
                .orElse(getTranslation("me.charterPending")));
        charter.setId("me-charter");
        add(term, charter);
        observers.mine().filter(o -> o.certificateNo() != null).ifPresent(o -> {
            Anchor letter = Downloads.link(getTranslation("observers.letter"), () -> {
                AppointmentLetter file = observers.myLetter();
                return new Downloads.File(file.fileName(), AppointmentLetter.CONTENT_TYPE, file.content());
            });
            letter.setId("me-letter");
            add(letter);
        });
        dutyRecords.mine().ifPresent(record -> add(new DutyFigures(record)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.me");
    }
}
