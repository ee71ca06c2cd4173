package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The front page. A visitor reads what the portal is for (plan items 23 and 24, and the complaint
 * channels of items 9 and 10) and where each kind of visitor goes next; a logged-in user finds the
 * own work instead ({@link HomeContent}).
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle {

    private final boolean home;

    LandingView(AuthenticationContext auth, ObjectProvider<HomeContent> homeContent) {
        addClassName("landing");
        HomeContent content = auth.isAuthenticated() ? homeContent.getIfAvailable() : null;
        home = content != null;
        if (home) {
            add(content.create());
            return;
        }
        Div hero = new Div();
        hero.addClassName("landing-hero");
        hero.add(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")));
        if (!auth.isAuthenticated()) {
            Anchor login = new Anchor("login", getTranslation("landing.login"));
            login.addClassName("landing-cta");
            login.setId("landing-login");
            hero.add(login);
        }
        Div cards = new Div();
        cards.addClassName("landing-cards");
        cards.add(
                card("landing.observers.title", "landing.observers.text", "apply", "landing.observers.link"),
                card("landing.chambers.title", "landing.chambers.text", "consultations", "landing.chambers.link"),
                card("landing.channels.title", "landing.channels.text", null, null));
        add(hero, cards);
    }

    /** A card; its link appears once the page it leads to exists, otherwise the card says it opens soon. */
    private Component card(String titleKey, String textKey, String path, String linkKey) {
        Div card = new Div();
        card.addClassName("landing-card");
        card.add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        if (path != null) {
            if (RouteConfiguration.forApplicationScope().isPathAvailable(path)) {
                card.add(new Anchor(path, getTranslation(linkKey)));
            } else {
                Span soon = new Span(getTranslation("landing.opensSoon"));
                soon.addClassName("landing-soon");
                card.add(soon);
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(home ? "workbench.title" : "app.name");
    }
}
