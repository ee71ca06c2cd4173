package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.base.MobileNumber;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.Gender;
import cn.ezhou.yshj.observer.ObserverApplication;
import cn.ezhou.yshj.observer.ObserverLevel;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The application / nomination form; checks ID and mobile as the user types, the service checks again. */
class ApplicationForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    final TextField idNumber = new TextField();
    final TextField mobile = new TextField();
    final EmailField email = new EmailField();
    final TextField employer = new TextField();
    final TextField title = new TextField();
    final ComboBox<ReferenceItem> category = new ComboBox<>();
    final RadioButtonGroup<ObserverLevel> level = new RadioButtonGroup<>();
    final ComboBox<OrgUnitRecord> district = new ComboBox<>();
    final TextField industry = new TextField();
    final TextField recommendingUnit = new TextField();
    final TextArea motivation = new TextArea();

    ApplicationForm(DirectoryService directory) {
        name.setLabel(getTranslation("apply.name"));
        name.setRequired(true);
        LimitedText.apply(name, 30);
        gender.setLabel(getTranslation("apply.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("gender." + g));
        idNumber.setLabel(getTranslation("apply.idNumber"));
        idNumber.setRequired(true);
        idNumber.setMaxLength(18);
        idNumber.setHelperText(getTranslation("apply.idNumberHelp"));
        idNumber.addValueChangeListener(e -> check(idNumber, IdNumber.isValid(e.getValue().strip()), "validation.idNumber"));
        mobile.setLabel(getTranslation("apply.mobile"));
        mobile.setRequired(true);
        mobile.addValueChangeListener(e -> check(mobile, MobileNumber.isValid(e.getValue().strip()), "validation.mobile"));
        email.setLabel(getTranslation("users.email"));
        employer.setLabel(getTranslation("apply.employer"));
        employer.setRequired(true);
        title.setLabel(getTranslation("apply.title"));
        category.setLabel(getTranslation("apply.category"));
        category.setRequired(true);
        category.setItems(directory.items(ReferenceList.OBSERVER_CATEGORY));
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        level.setLabel(getTranslation("apply.level"));
        level.setItems(ObserverLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("level." + l));
        district.setLabel(getTranslation("apply.district"));
        district.setItems(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        district.setItemLabelGenerator(d -> d.name(getLocale()));
        district.setEnabled(false);
        level.addValueChangeListener(e -> district.setEnabled(e.getValue() == ObserverLevel.DISTRICT));
        industry.setLabel(getTranslation("apply.industry"));
        recommendingUnit.setLabel(getTranslation("apply.recommendingUnit"));
        motivation.setLabel(getTranslation("apply.motivation"));
        LimitedText.apply(motivation, 2000);
        motivation.setHelperText(getTranslation("apply.motivationHelp"));
        getContent().add(name, gender, idNumber, mobile, email, employer, title, category, level, district, industry,
                recommendingUnit, motivation);
        getContent().setColspan(motivation, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    private void check(TextField field, boolean valid, String key) {
        field.setInvalid(!field.isEmpty() && !valid);
        field.setErrorMessage(valid ? null : getTranslation(key));
    }

    ObserverApplication value() {
        return new ObserverApplication(name.getValue(), gender.getValue(), idNumber.getValue(), mobile.getValue(),
                email.getValue(), employer.getValue(), title.getValue(),
                category.getValue() == null ? null : category.getValue().code(), level.getValue(),
                district.getValue() == null ? null : district.getValue().code(), industry.getValue(),
                recommendingUnit.getValue(), motivation.getValue());
    }
}
