package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.association.AssociationChoice;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Who a consultation is for: associations by industry tag and by name, observers, the public. */
class AudienceChoice extends VerticalLayout {

    private final MultiSelectComboBox<ReferenceItem> tags = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<AssociationChoice> named = new MultiSelectComboBox<>();
    private final Checkbox observers = new Checkbox();
    private final Checkbox everyone = new Checkbox();

    AudienceChoice(DirectoryService directory, AssociationService associations) {
        setPadding(false);
        Span caption = new Span(getTranslation("consultation.audience"));
        caption.addClassName("block-title");
        tags.setLabel(getTranslation("consultation.audience.tags"));
        tags.setItems(directory.items(ReferenceList.INDUSTRY_TAG));
        tags.setItemLabelGenerator(i -> i.name(getLocale()));
        tags.setWidthFull();
        tags.setId("audience-tags");
        named.setLabel(getTranslation("consultation.audience.associations"));
        named.setItems(query -> associations.choices(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        named.setItemLabelGenerator(AssociationChoice::name);
        named.setWidthFull();
        named.setId("audience-associations");
        observers.setLabel(getTranslation("consultation.audience.observers"));
        observers.setId("audience-observers");
        everyone.setLabel(getTranslation("consultation.audience.public"));
        everyone.setId("audience-public");
        add(caption, tags, named, observers, everyone);
    }

    Set<String> tags() {
        return tags.getValue().stream().map(ReferenceItem::code).collect(Collectors.toSet());
    }

    Set<Long> associations() {
        return named.getValue().stream().map(AssociationChoice::id).collect(Collectors.toSet());
    }

    boolean observers() {
        return observers.getValue();
    }

    boolean isPublic() {
        return everyone.getValue();
    }
}
