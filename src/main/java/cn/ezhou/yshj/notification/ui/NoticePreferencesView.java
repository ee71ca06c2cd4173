package cn.ezhou.yshj.notification.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.notification.MailChoice;
import cn.ezhou.yshj.notification.NoticeKind;
import cn.ezhou.yshj.notification.NoticePreferences;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The person's own choice, per kind of notice, of e-mail at once, a daily digest or none; reached from the notices page. */
@Route(value = "notifications/settings", layout = MainLayout.class)
@PermitAll
class NoticePreferencesView extends VerticalLayout implements HasDynamicTitle {

    private final Map<NoticeKind, Select<MailChoice>> selects = new EnumMap<>(NoticeKind.class);

    NoticePreferencesView(NoticePreferences preferences) {
        setMaxWidth("48rem");
        add(new H2(getTranslation("notification.preferences.title")),
                new Paragraph(getTranslation("notification.preferences.intro")));
        if (!preferences.hasAddress()) {
            Paragraph noEmail = new Paragraph(getTranslation("notification.preferences.noEmail"));
            noEmail.setId("notice-preferences-no-email");
            add(noEmail);
        }
        FormLayout form = new FormLayout();
        preferences.mine().forEach((kind, choice) -> {
            Select<MailChoice> select = new Select<>();
            select.setLabel(getTranslation(kind.labelKey()));
            select.setItems(MailChoice.values());
            select.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
            select.setValue(choice);
            select.setEmptySelectionAllowed(false);
            select.setId("notice-preference-" + kind.name().toLowerCase(Locale.ROOT));
            selects.put(kind, select);
            form.add(select);
        });
        Button save = new Button(getTranslation("common.save"), e -> {
            Map<NoticeKind, MailChoice> chosen = new EnumMap<>(NoticeKind.class);
            selects.forEach((kind, select) -> chosen.put(kind, select.getValue()));
            if (Errors.attempt(this, () -> preferences.choose(chosen).forEach((k, c) -> selects.get(k).setValue(c)))) {
                Errors.success(this, "notification.preferences.saved");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("notice-preferences-save");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.preferences.title");
    }
}
