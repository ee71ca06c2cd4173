package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.observer.CharterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The office edits the charter; saving publishes a new version that every observer must acknowledge. */
@Route(value = "office/charter", layout = MainLayout.class)
@Menu(title = "nav.charterEdit", order = 25, icon = "vaadin:edit")
@RolesAllowed({AppRoles.OFFICE, AppRoles.ADMIN})
class CharterEditView extends VerticalLayout implements HasDynamicTitle {

    CharterEditView(CharterService charters) {
        setMaxWidth("56rem");
        Paragraph status = new Paragraph();
        TextArea text = new TextArea(getTranslation("charter.text"));
        text.setWidthFull();
        text.setMinHeight("24rem");
        LimitedText.apply(text, 20000);
        Runnable show = () -> charters.current().ifPresent(c -> {
            text.setValue(c.text());
            status.setText(getTranslation("charter.status", c.versionNumber(), Formats.dateTime(c.publishedAt()),
                    c.publishedBy(), c.acknowledged()));
        });
        show.run();
        Button publish = new Button(getTranslation("charter.publish"), e -> {
            if (Errors.attempt(this, () -> charters.publish(text.getValue()))) {
                show.run();
                Errors.success(this, "charter.published");
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(status, new Paragraph(getTranslation("charter.publishHint")), text, publish);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.charterEdit");
    }
}
