package cn.ezhou.yshj.opendata.ui;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.base.TextHit;
import cn.ezhou.yshj.base.TextHits;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.MarkedText;
import cn.ezhou.yshj.cases.CaseSearch;
import cn.ezhou.yshj.consultation.ConsultationSearch;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.function.Function;

/**
 * One search box over what the portal publishes — public consultations, issued policies and
 * typical cases — with the hits grouped by kind, the matched words marked, each linking to its
 * public page. The words stay in the address ({@code ?q=}), so a search can be shared. Every caller
 * gets the public's answer, logged in or not.
 */
@Route(value = "search", layout = MainLayout.class)
@Menu(title = "nav.search", order = 1, icon = "vaadin:search")
@AnonymousAllowed
class PublicSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_KIND = 20;

    private final ConsultationSearch consultations;
    private final CaseSearch cases;
    private final TextField words = new TextField();
    private final Div results = new Div();

    PublicSearchView(ConsultationSearch consultations, CaseSearch cases) {
        this.consultations = consultations;
        this.cases = cases;
        setMaxWidth("64rem");
        words.setId("public-search-words");
        words.setAriaLabel(getTranslation("publicSearch.words"));
        words.setPlaceholder(getTranslation("publicSearch.words.placeholder"));
        words.setMaxLength(SearchWords.MAX_CHARS);
        words.setClearButtonVisible(true);
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setWidthFull();
        Button go = new Button(getTranslation("publicSearch.go"), e -> go());
        go.setId("public-search-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        words.addKeyPressListener(Key.ENTER, e -> go());
        HorizontalLayout bar = new HorizontalLayout(words, go);
        bar.setWidthFull();
        bar.setFlexGrow(1, words);
        results.setId("public-search-results");
        results.setWidthFull();
        add(bar, results);
    }

    private void go() {
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.of("q", words.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        words.setValue(typed);
        show(typed);
    }

    private void show(String typed) {
        results.removeAll();
        SearchWords query;
        try {
            query = SearchWords.of(typed);
        } catch (Refusal r) {
            results.add(error(getTranslation(r.key(), r.args())));
            return;
        }
        if (query.isEmpty()) {
            results.add(new Paragraph(getTranslation("publicSearch.hint")));
            return;
        }
        TextHits c = consultations.consultations(query, 0, PER_KIND);
        TextHits p = consultations.policies(query, 0, PER_KIND);
        TextHits k = cases.published(query, 0, PER_KIND);
        if (c.hits().isEmpty() && p.hits().isEmpty() && k.hits().isEmpty()) {
            results.add(new Paragraph(getTranslation("publicSearch.none")));
        }
        section("consultations", c, id -> "consultations/" + id);
        section("policies", p, id -> "policies/" + id);
        section("cases", k, id -> "cases/" + id);
        if (c.indexBuilding() || p.indexBuilding() || k.indexBuilding()) {
            results.add(new Paragraph(getTranslation("search.indexBuilding")));
        }
    }

    private void section(String kind, TextHits found, Function<Long, String> link) {
        if (found.hits().isEmpty()) {
            return;
        }
        Div section = new Div(new H2(getTranslation("publicSearch.kind." + kind, found.total())));
        section.setId("public-search-" + kind);
        for (TextHit hit : found.hits()) {
            section.add(hit(hit, link.apply(hit.id())));
        }
        results.add(section);
    }

    private Div hit(TextHit hit, String href) {
        Anchor title = new Anchor(href);
        title.add(new MarkedText(hit.title()));
        title.addClassName("public-search-title");
        Span date = new Span(Formats.date(hit.date()));
        date.addClassName("block-title");
        Div card = new Div(title, date);
        card.addClassName("article");
        card.addClassName("public-search-hit");
        for (String passage : hit.passages()) {
            MarkedText line = new MarkedText("…" + passage + "…");
            line.addClassName("user-text");
            line.getStyle().set("display", "block");
            card.add(line);
        }
        return card;
    }

    private static Paragraph error(String message) {
        Paragraph p = new Paragraph(message);
        p.setId("public-search-error");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search");
    }
}
