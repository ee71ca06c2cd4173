package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.ObjectionCommand;
import cn.ezhou.yshj.observer.PublicCandidate;
import cn.ezhou.yshj.observer.PublicityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** 公示: the candidates under publicity (ID and phone masked); anyone may lodge an objection. */
@Route(value = "publicity", layout = MainLayout.class)
@Menu(title = "nav.publicity", order = 10, icon = "vaadin:megaphone")
@AnonymousAllowed
class PublicityView extends VerticalLayout implements HasDynamicTitle {

    private final PublicityService publicity;

    PublicityView(PublicityService publicity, DirectoryService directory) {
        this.publicity = publicity;
        Map<String, ReferenceItem> categories = directory.items(ReferenceList.OBSERVER_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceItem::code, c -> c));
        Grid<PublicCandidate> grid = new Grid<>();
        grid.setId("publicity-grid");
        grid.addColumn(PublicCandidate::name).setHeader(getTranslation("apply.name"));
        grid.addColumn(c -> getTranslation("gender." + c.gender())).setHeader(getTranslation("apply.gender"));
        grid.addColumn(c -> categories.containsKey(c.category()) ? categories.get(c.category()).name(getLocale()) : c.category())
                .setHeader(getTranslation("apply.category"));
        grid.addColumn(PublicCandidate::employer).setHeader(getTranslation("apply.employer"));
        grid.addColumn(PublicCandidate::maskedIdNumber).setHeader(getTranslation("apply.idNumber"));
        grid.addColumn(c -> Formats.date(c.publicityEnds())).setHeader(getTranslation("publicity.ends"));
        grid.addComponentColumn(c -> {
            Button object = new Button(getTranslation("publicity.object"), e -> objectionDialog(c).open());
            object.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return object;
        });
        grid.setItems(publicity.underPublicity());
        grid.setEmptyStateText(getTranslation("publicity.empty"));
        add(new H2(getTranslation("nav.publicity")), new Paragraph(getTranslation("publicity.intro")), grid);
    }

    private Dialog objectionDialog(PublicCandidate candidate) {
        Dialog dialog = new Dialog(getTranslation("publicity.objectTo", candidate.name()));
        TextField name = new TextField(getTranslation("publicity.yourName"));
        TextField contact = new TextField(getTranslation("publicity.contact"));
        TextArea reason = new TextArea(getTranslation("publicity.reason"));
        LimitedText.apply(reason, 2000);
        dialog.add(new FormLayout(name, contact, reason));
        Button send = new Button(getTranslation("publicity.send"), e -> {
            if (Errors.attempt(this, () -> publicity.lodgeObjection(new ObjectionCommand(candidate.id(),
                    name.getValue(), contact.getValue(), reason.getValue())))) {
                dialog.close();
                Errors.success(this, "publicity.received");
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("objection-send");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publicity");
    }
}
