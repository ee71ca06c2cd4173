package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.observer.CharterService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The observers' rights and obligations, public. */
@Route(value = "charter", layout = MainLayout.class)
@Menu(title = "nav.charter", order = 11, icon = "vaadin:book")
@AnonymousAllowed
class CharterView extends VerticalLayout implements HasDynamicTitle {

    CharterView(CharterService charters) {
        setMaxWidth("48rem");
        // Long text and nothing to tab to: a focusable region lets a keyboard user scroll it on a phone.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("nav.charter"));
        charters.current().ifPresentOrElse(c -> {
            add(new CharterText(c.text()));
            Paragraph version = new Paragraph(getTranslation("charter.version", c.versionNumber(), Formats.dateTime(c.publishedAt())));
            version.addClassName("muted");
            add(version);
        }, () -> add(new Paragraph(getTranslation("charter.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.charter");
    }
}
