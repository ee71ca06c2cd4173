package cn.ezhou.yshj.cases.ui;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One published case, for everybody, e.g. as the public search links to it; an unpublished one is unknown. */
@Route(value = "cases/:id(\\d+)", layout = MainLayout.class)
@AnonymousAllowed
class TypicalCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TypicalCaseService cases;
    private String pageTitle = "";

    TypicalCaseView(TypicalCaseService cases) {
        this.cases = cases;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        TypicalCaseRecord c;
        try {
            c = cases.publishedCase(id);
        } catch (Refusal r) {
            pageTitle = getTranslation("nav.cases");
            add(new Paragraph(getTranslation(r.key())), new Anchor("cases", getTranslation("cases.all")));
            return;
        }
        pageTitle = c.title();
        Span kind = new Span(getTranslation("cases.kind." + c.kind()));
        kind.getElement().getThemeList().add("badge " + (c.kind().name().equals("POSITIVE") ? "success" : "error"));
        Span date = new Span(Formats.date(c.publishedAt().atZone(Formats.CITY_ZONE).toLocalDate()));
        date.addClassName("block-title");
        Paragraph summary = new Paragraph(c.summary());
        summary.addClassName("user-text");
        summary.setId("case-summary");
        add(kind, new H2(c.title()), date, summary, new Anchor("cases", getTranslation("cases.all")));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
