package cn.ezhou.yshj.association.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationRecord;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.ReferenceItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Add or change an association; an existing one also shows its liaisons. */
class AssociationDialog extends Dialog {

    /**
     * {@code tagItems} are the active tags on offer, {@code allTags} every tag by code: a tag since
     * deactivated stays on offer for an association that carries it, so saving does not drop it unseen.
     */
    AssociationDialog(AssociationService service, List<ReferenceItem> tagItems, Map<String, ReferenceItem> allTags,
                      AssociationRecord existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "association.add" : "association.edit"));
        setWidth("min(48rem, 96vw)");
        TextField name = new TextField(getTranslation("association.name"));
        LimitedText.apply(name, 100);
        name.setId("association-name");
        ComboBox<AssociationKind> kind = new ComboBox<>(getTranslation("association.kind"));
        kind.setItems(AssociationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("association.kind." + k));
        kind.setId("association-kind");
        TextField code = new TextField(getTranslation("association.creditCode"));
        code.setMaxLength(18);
        code.setHelperText(getTranslation("association.creditCode.help"));
        code.setId("association-code");
        MultiSelectComboBox<ReferenceItem> tags = new MultiSelectComboBox<>(getTranslation("association.tags"));
        List<ReferenceItem> offered = new ArrayList<>(tagItems);
        if (existing != null) {
            existing.tags().stream().sorted().filter(c -> tagItems.stream().noneMatch(t -> t.code().equals(c)))
                    .map(allTags::get).filter(Objects::nonNull).forEach(offered::add);
        }
        tags.setItems(offered);
        tags.setItemLabelGenerator(i -> i.name(getLocale()));
        tags.setId("association-tags");
        IntegerField members = new IntegerField(getTranslation("association.members"));
        members.setMin(0);
        members.setId("association-members");
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            code.setValue(existing.creditCode());
            tags.setValue(offered.stream().filter(t -> existing.tags().contains(t.code())).collect(Collectors.toSet()));
            members.setValue(existing.memberCount());
        }
        add(new FormLayout(name, kind, code, tags, members));
        if (existing != null) {
            add(new LiaisonPanel(service, existing));
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            AssociationCommand command = new AssociationCommand(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), name.getValue(), kind.getValue(), code.getValue(),
                    tags.getValue().stream().map(ReferenceItem::code).collect(Collectors.toSet()), members.getValue());
            if (Errors.attempt(this, () -> service.save(command))) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("association-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.active() ? "association.deactivate" : "association.activate"),
                    e -> {
                        if (Errors.attempt(this, () -> service.setActive(existing.id(), !existing.active()))) {
                            close();
                            saved.run();
                        }
                    });
            getFooter().add(toggle);
        }
        getFooter().add(save);
    }
}
