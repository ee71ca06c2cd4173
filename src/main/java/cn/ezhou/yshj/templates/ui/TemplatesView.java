package cn.ezhou.yshj.templates.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.templates.AnswerTemplate;
import cn.ezhou.yshj.templates.AnswerTemplates;
import cn.ezhou.yshj.templates.TemplateCommand;
import cn.ezhou.yshj.templates.TemplateUse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The unit's answer templates: the list, and one form that writes a new template or, once one is
 * picked in the list, changes or removes it.
 */
@Route(value = "department/templates", layout = MainLayout.class)
@Menu(title = "nav.templates", order = 6.5, icon = "vaadin:clipboard-text")
@RolesAllowed(AppRoles.DEPARTMENT)
class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final AnswerTemplates templates;
    private final Grid<AnswerTemplate> grid = new Grid<>();
    private final Select<TemplateUse> use = new Select<>();
    private final ComboBox<String> result = new ComboBox<>();
    private final TextField title = LimitedText.apply(new TextField(), AnswerTemplates.MAX_TITLE);
    // The longer of the two uses' limits; a consultation answer's shorter one is the service's to refuse.
    private final TextArea text = LimitedText.apply(new TextArea(), AnswerTemplates.MAX_TEXT);
    private final Button save = new Button();
    private final Button delete = new Button();
    private AnswerTemplate editing;

    TemplatesView(AnswerTemplates templates) {
        this.templates = templates;
        setMaxWidth("64rem");
        add(new H2(getTranslation("nav.templates")), new Paragraph(getTranslation("templates.intro")));

        grid.addColumn(AnswerTemplate::title).setHeader(getTranslation("templates.title")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("templates.use." + t.use())).setHeader(getTranslation("templates.use"));
        grid.addColumn(t -> t.result() == null ? getTranslation("templates.anyResult")
                : getTranslation(TemplatePicker.resultKey(t.use(), t.result()))).setHeader(getTranslation("templates.result"));
        grid.addColumn(t -> t.text().length() > 40 ? t.text().substring(0, 40) + "…" : t.text())
                .setHeader(getTranslation("templates.text")).setFlexGrow(3);
        grid.setId("templates-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("templates.none"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        use.setLabel(getTranslation("templates.use"));
        use.setItems(TemplateUse.values());
        use.setItemLabelGenerator(u -> getTranslation("templates.use." + u));
        use.setId("template-use");
        use.addValueChangeListener(e -> {
            result.clear();
            result.setItems(e.getValue() == null ? java.util.List.of() : e.getValue().results());
        });
        result.setLabel(getTranslation("templates.result"));
        result.setPlaceholder(getTranslation("templates.anyResult"));
        result.setClearButtonVisible(true);
        result.setItemLabelGenerator(code -> getTranslation(TemplatePicker.resultKey(use.getValue(), code)));
        result.setId("template-result");
        title.setLabel(getTranslation("templates.title"));
        title.setId("template-title");
        text.setLabel(getTranslation("templates.text"));
        text.setId("template-text");
        text.setWidthFull();
        text.setMinRows(4);
        use.setValue(TemplateUse.ITEM_REPLY);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        save.addClickListener(e -> save());
        delete.setText(getTranslation("templates.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("template-delete");
        delete.addClickListener(e -> {
            if (editing != null && Errors.attempt(this, () -> templates.delete(editing.id(), editing.version()))) {
                Errors.success(this, "templates.deleted");
                refresh(null);
            }
        });
        Button fresh = new Button(getTranslation("templates.new"), e -> grid.asSingleSelect().clear());
        fresh.setId("template-new");

        FormLayout form = new FormLayout(use, result, title, text);
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        add(grid, form, new HorizontalLayout(save, delete, fresh));
        refresh(null);
    }

    private void save() {
        if (!LimitedText.fit(title, text)) {
            return;
        }
        TemplateCommand command = new TemplateCommand(use.getValue(), result.getValue(), title.getValue(), text.getValue());
        AnswerTemplate[] saved = new AnswerTemplate[1];
        boolean done = Errors.attempt(this, () -> saved[0] = editing == null ? templates.create(command)
                : templates.update(editing.id(), editing.version(), command));
        if (done) {
            Errors.success(this, "templates.saved");
            refresh(saved[0]);
        }
    }

    private void refresh(AnswerTemplate select) {
        grid.setItems(templates.mine());
        if (select == null) {
            grid.asSingleSelect().clear();
            edit(null);
        } else {
            grid.getListDataView().getItems().filter(t -> t.id() == select.id()).findFirst().ifPresent(grid::select);
        }
    }

    private void edit(AnswerTemplate t) {
        editing = t;
        save.setText(getTranslation(t == null ? "templates.add" : "templates.update"));
        delete.setVisible(t != null);
        use.setValue(t == null ? TemplateUse.ITEM_REPLY : t.use());
        result.setValue(t == null ? null : t.result());
        title.setValue(t == null ? "" : t.title());
        text.setValue(t == null ? "" : t.text());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates");
    }
}
