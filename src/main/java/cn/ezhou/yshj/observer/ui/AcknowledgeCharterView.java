package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.observer.CharterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Where an observer acknowledges the current charter; every other page leads here until that is done. */
@Route(value = "charter/acknowledge", layout = MainLayout.class)
@RolesAllowed(AppRoles.OBSERVER)
class AcknowledgeCharterView extends VerticalLayout implements HasDynamicTitle {

    AcknowledgeCharterView(CharterService charters) {
        setMaxWidth("48rem");
        add(new H2(getTranslation("charter.acknowledgeHeading")));
        charters.current().ifPresent(c -> {
            add(new Paragraph(getTranslation("charter.acknowledgeIntro", c.versionNumber())), new CharterText(c.text()));
            Button acknowledge = new Button(getTranslation("charter.acknowledge"));
            acknowledge.setId("charter-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            acknowledge.addClickListener(e -> {
                if (Errors.attempt(this, () -> charters.acknowledge(c.versionNumber()))) {
                    getUI().ifPresent(ui -> ui.navigate(MyRecordView.class));
                }
            });
            add(acknowledge);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("charter.acknowledgeHeading");
    }
}
