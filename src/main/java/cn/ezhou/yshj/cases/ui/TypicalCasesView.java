package cn.ezhou.yshj.cases.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** Published typical cases for everybody; the office also sees drafts and adds, edits, publishes. */
@Route(value = "cases", layout = MainLayout.class)
@Menu(title = "nav.cases", order = 17, icon = "vaadin:star-o")
@AnonymousAllowed
class TypicalCasesView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    private final TypicalCaseService cases;
    private final boolean office;
    private final Map<String, ReferenceItem> domains;
    private final Div list = new Div();

    TypicalCasesView(TypicalCaseService cases, DirectoryService directory, CurrentUser currentUser) {
        this.cases = cases;
        this.office = currentUser.hasRole(AppRoles.OFFICE);
        this.domains = directory.items(ReferenceList.ENVIRONMENT_DOMAIN).stream()
                .collect(Collectors.toMap(ReferenceItem::code, Function.identity()));
        setMaxWidth("64rem");
        if (office) {
            Button add = new Button(getTranslation("cases.add"), VaadinIcon.PLUS.create(),
                    e -> new TypicalCaseDialog(cases, null, this::show).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("case-add");
            add(add);
        }
        list.setWidthFull();
        list.setId("case-list");
        add(list);
        show();
    }

    private void show() {
        list.removeAll();
        var page = office ? cases.all(PageRequest.of(0, PAGE)) : cases.published(PageRequest.of(0, PAGE));
        if (page.isEmpty()) {
            list.add(new Paragraph(getTranslation("cases.none")));
        }
        page.forEach(c -> list.add(card(c)));
    }

    private Div card(TypicalCaseRecord c) {
        Span kind = new Span(getTranslation("cases.kind." + c.kind()));
        kind.getElement().getThemeList().add("badge " + (c.kind().name().equals("POSITIVE") ? "success" : "error"));
        Span facts = new Span(String.join(" · ", domain(c.domainCode()),
                c.publishedAt() == null ? getTranslation("cases.unpublished") : Formats.date(date(c.publishedAt())),
                c.reference() == null ? "" : c.reference()));
        facts.addClassName("block-title");
        Paragraph summary = new Paragraph(c.summary());
        summary.addClassName("user-text");
        Div card = new Div(kind, new H3(c.title()), facts, summary);
        card.addClassName("article");
        if (office) {
            Button edit = new Button(getTranslation("cases.edit"), e -> new TypicalCaseDialog(cases, c, this::show).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button publish = new Button(getTranslation(c.published() ? "cases.withdraw" : "cases.publish"), e -> {
                if (Errors.attempt(this, () -> cases.publish(c.id(), c.version(), !c.published()))) {
                    show();
                }
            });
            publish.addThemeVariants(ButtonVariant.LUMO_SMALL);
            publish.setId("case-publish-" + c.id());
            card.add(edit, publish);
        }
        return card;
    }

    private String domain(String code) {
        ReferenceItem item = code == null ? null : domains.get(code);
        return item == null ? "" : item.name(getLocale());
    }

    private static java.time.LocalDate date(Instant at) {
        return at.atZone(Formats.CITY_ZONE).toLocalDate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases");
    }
}
