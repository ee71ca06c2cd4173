package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.security.AccountService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;

/** The drafting or issuing unit: a department's own, fixed; the office chooses any unit. */
class UnitChoice extends Composite<ComboBox<OrgUnitRecord>> {

    UnitChoice(DirectoryService directory, AccountService accounts) {
        ComboBox<OrgUnitRecord> box = getContent();
        box.setLabel(getTranslation("consultation.draftingUnit"));
        java.util.List<OrgUnitRecord> units = directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT,
                OrgUnitKind.FUNCTIONAL_ZONE, OrgUnitKind.OFFICE);
        box.setItems(units);
        box.setItemLabelGenerator(u -> u.name(getLocale()));
        box.setId("consultation-unit");
        accounts.current().map(a -> a.orgUnitCode())
                .flatMap(code -> units.stream().filter(u -> u.code().equals(code)).findFirst()).ifPresent(own -> {
            box.setValue(own);
            box.setReadOnly(own.kind() != OrgUnitKind.OFFICE);
        });
    }

    UnitChoice label(String key) {
        getContent().setLabel(getTranslation(key));
        return this;
    }

    String value() {
        return getContent().getValue() == null ? "" : getContent().getValue().code();
    }
}
