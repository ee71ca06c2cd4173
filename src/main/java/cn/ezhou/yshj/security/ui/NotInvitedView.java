package cn.ezhou.yshj.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown when someone logs in with the city's identity provider without having been invited. */
@Route(value = "not-invited", autoLayout = false)
@AnonymousAllowed
class NotInvitedView extends VerticalLayout implements HasDynamicTitle {

    NotInvitedView() {
        addClassName("not-invited-view");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("notInvited.title")),
                new Paragraph(getTranslation("notInvited.text")),
                new Anchor("", getTranslation("login.backHome")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notInvited.title");
    }
}
