package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.submission.ItemHits;
import cn.ezhou.yshj.submission.ItemQuery;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * The search over an inbox: words, and for the office and departments the received dates,
 * district, domain, channel, overdue and order. {@link #active()} says whether the inbox should ask
 * the index instead of listing; the line under it says how many items were found, or why the
 * words were not searched.
 */
final class ItemSearchBar extends VerticalLayout {

    private final TextField words = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<OrgUnitRecord> district = new ComboBox<>();
    private final ComboBox<ReferenceItem> domain = new ComboBox<>();
    private final ComboBox<ReferenceItem> channel = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<ItemQuery.Order> order = new ComboBox<>();
    private final Span found = new Span();
    private final boolean filters;
    private SearchWords current = SearchWords.none();

    ItemSearchBar(DirectoryService directory, boolean filters, Runnable onChange) {
        this.filters = filters;
        setPadding(false);
        setSpacing(false);
        words.setLabel(getTranslation("search.words"));
        words.setPlaceholder(getTranslation("search.words.placeholder"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setValueChangeTimeout(400);
        words.setMaxLength(SearchWords.MAX_CHARS * 2);
        words.setMinWidth("16em");
        words.setId("item-search");
        words.addValueChangeListener(e -> {
            readWords();
            onChange.run();
        });
        FlexLayout row = new FlexLayout(words);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        if (filters) {
            from.setLabel(getTranslation("search.receivedFrom"));
            to.setLabel(getTranslation("search.receivedTo"));
            from.setClearButtonVisible(true);
            to.setClearButtonVisible(true);
            district.setLabel(getTranslation("submission.district"));
            district.setItems(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
            district.setItemLabelGenerator(u -> u.name(getLocale()));
            domain.setLabel(getTranslation("submission.domain"));
            domain.setItems(directory.items(ReferenceList.ENVIRONMENT_DOMAIN));
            domain.setItemLabelGenerator(i -> i.name(getLocale()));
            channel.setLabel(getTranslation("submission.channel"));
            channel.setItems(directory.items(ReferenceList.SUBMISSION_CHANNEL));
            channel.setItemLabelGenerator(i -> i.name(getLocale()));
            for (ComboBox<?> box : List.of(district, domain, channel)) {
                box.setClearButtonVisible(true);
            }
            overdue.setLabel(getTranslation("search.overdueOnly"));
            order.setLabel(getTranslation("search.order"));
            order.setItems(ItemQuery.Order.values());
            order.setItemLabelGenerator(o -> getTranslation("search.order." + o));
            order.setPlaceholder(getTranslation("search.order.default"));
            order.setClearButtonVisible(true);
            order.setId("item-search-order");
            FlexLayout more = new FlexLayout(from, to, district, domain, channel, overdue, order);
            more.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            more.setAlignItems(FlexComponent.Alignment.BASELINE);
            more.getStyle().set("gap", "var(--lumo-space-s)");
            Details filtersBox = new Details(getTranslation("search.moreFilters"), more);
            filtersBox.setId("item-search-filters");
            row.add(filtersBox);
            for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(from, to, district, domain, channel, overdue, order)) {
                field.addValueChangeListener(e -> onChange.run());
            }
        }
        found.setId("item-search-found");
        found.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(row, found);
    }

    private void readWords() {
        try {
            current = SearchWords.of(words.getValue());
            words.setInvalid(false);
        } catch (Refusal r) {
            current = SearchWords.none();
            words.setErrorMessage(Errors.message(this, r));
            words.setInvalid(true);
        }
    }

    /** Whether any word or filter is set, so the index answers rather than the plain list. */
    boolean active() {
        return !current.isEmpty() || (filters && (from.getValue() != null || to.getValue() != null
                || district.getValue() != null || domain.getValue() != null || channel.getValue() != null
                || overdue.getValue() || order.getValue() != null));
    }

    boolean hasWords() {
        return !current.isEmpty();
    }

    ItemQuery query(SubmissionState state, SubmissionType type, String unitCode) {
        return new ItemQuery(current, from.getValue(), to.getValue(),
                district.getValue() == null ? null : district.getValue().code(),
                domain.getValue() == null ? null : domain.getValue().code(),
                channel.getValue() == null ? null : channel.getValue().code(), overdue.getValue(), state, type, unitCode,
                order.getValue());
    }

    /** Tells how many were found (or at least how many), and that the index is being rebuilt. */
    void show(ItemHits hits) {
        String count = getTranslation(hits.exact() ? "search.found" : "search.foundAtLeast", hits.total());
        found.setText(hits.indexBuilding() ? count + " " + getTranslation("search.indexBuilding") : count);
    }

    void clearCount() {
        found.setText("");
    }
}
