package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.LocalePreference;
import cn.ezhou.yshj.base.MenuPreference;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every page: title, navigation (only the entries the user's roles may open,
 * from the views' {@code @Menu} annotations, whose titles are translation keys), language switch
 * and user menu.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext auth;
    private final MenuPreference menuPreference;
    private final Span pageTitle = new Span();

    public MainLayout(AuthenticationContext auth, ObjectProvider<LocalePreference> preference,
                      ObjectProvider<HeaderWidget> widgets, ObjectProvider<MenuPreference> menuPreference) {
        this.auth = auth;
        this.menuPreference = auth.isAuthenticated() ? menuPreference.getIfAvailable() : null;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        pageTitle.addClassName("page-title");
        HorizontalLayout header = new HorizontalLayout(toggle, pageTitle);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");
        Div spacer = new Div();
        header.addAndExpand(spacer);
        if (auth.isAuthenticated()) {
            widgets.orderedStream().forEach(w -> header.add(w.create()));
        }
        header.add(new LanguageSwitch(preference.getIfAvailable()), userArea());
        addToNavbar(header);
        addToDrawer(brand(), navigation());
    }

    private Div brand() {
        Div brand = new Div();
        brand.addClassName("app-brand");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-brand-name");
        Span city = new Span(getTranslation("app.city"));
        city.addClassName("app-brand-city");
        brand.add(city, name);
        return brand;
    }

    /**
     * The menu from the pages' {@code @Menu} entries the user may open. A long one (the office's) is
     * grouped into {@link MenuSection}s that fold; which ones the user folded is kept (docs/decisions/0025).
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel(getTranslation("layout.navigation"));
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        if (entries.size() <= MenuSection.FLAT_UP_TO) {
            entries.forEach(e -> nav.addItem(item(e)));
            return nav;
        }
        Map<MenuSection, SideNavItem> sections = new EnumMap<>(MenuSection.class);
        List<SideNavItem> after = new ArrayList<>();
        for (MenuEntry entry : entries) {
            Optional<MenuSection> section = MenuSection.of(entry.path());
            if (section.isPresent()) {
                sections.computeIfAbsent(section.get(), this::sectionItem).addItem(item(entry));
            } else if (sections.isEmpty()) {
                nav.addItem(item(entry)); // before the sections, e.g. the home page
            } else {
                after.add(item(entry)); // after them, e.g. the own account
            }
        }
        Set<String> collapsed = menuPreference == null ? Set.of() : menuPreference.collapsedSections();
        sections.forEach((section, parent) -> {
            nav.addItem(parent);
            parent.setExpanded(!collapsed.contains(section.key()));
            parent.getElement().addPropertyChangeListener("expanded", "expanded-changed", e -> remember(sections));
        });
        after.forEach(nav::addItem);
        return nav;
    }

    private SideNavItem sectionItem(MenuSection section) {
        SideNavItem parent = new SideNavItem(getTranslation(section.titleKey()));
        parent.setId("menu-section-" + section.key());
        parent.setPrefixComponent(section.icon().create());
        // The item's fold button names its list by aria-controls="children", but the framework's list
        // carries that word only as a part, not as an id; give it the id so the reference resolves.
        parent.getElement().executeJs("this.updateComplete.then(() => {"
                + " const list = this.shadowRoot.querySelector('[part~=children]');"
                + " if (list && !list.id) { list.id = 'children'; } })");
        return parent;
    }

    /** Keeps the folded sections whenever one folds or opens. */
    private void remember(Map<MenuSection, SideNavItem> sections) {
        if (menuPreference == null) {
            return;
        }
        Set<String> collapsed = new TreeSet<>(menuPreference.collapsedSections());
        sections.forEach((section, parent) -> {
            if (parent.isExpanded()) {
                collapsed.remove(section.key());
            } else {
                collapsed.add(section.key());
            }
        });
        menuPreference.saveCollapsedSections(collapsed);
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private com.vaadin.flow.component.Component userArea() {
        if (auth.isAuthenticated()) {
            MenuBar menu = new MenuBar();
            menu.setId("user-menu");
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            var root = menu.addItem(new Span(VaadinIcon.USER.create(), new Span(auth.getPrincipalName().orElse(""))));
            root.getSubMenu().addItem(getTranslation("layout.myAccount"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
            root.getSubMenu().addItem(getTranslation("layout.logout"), e -> auth.logout());
            return menu;
        }
        Anchor login = new Anchor("login", getTranslation("layout.login"));
        login.setId("login-link");
        login.addClassName("login-link");
        return login;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

}
