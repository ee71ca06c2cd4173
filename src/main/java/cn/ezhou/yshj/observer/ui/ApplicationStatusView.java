package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.observer.ObserverService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An applicant follows the application with its reference number. */
@Route(value = "apply/status", layout = MainLayout.class)
@AnonymousAllowed
class ApplicationStatusView extends VerticalLayout implements HasDynamicTitle {

    ApplicationStatusView(ObserverService observers) {
        setMaxWidth("40rem");
        TextField reference = new TextField(getTranslation("apply.reference"));
        reference.setId("status-reference");
        reference.setHelperText(getTranslation("apply.referenceHelp"));
        Paragraph result = new Paragraph();
        result.setId("status-result");
        Button look = new Button(getTranslation("apply.lookUp"), e -> result.setText(observers.status(reference.getValue())
                .map(s -> getTranslation("apply.statusLine", s.maskedName(), getTranslation("observerState." + s.state()))
                        + (s.reason() == null ? "" : " " + getTranslation("apply.reason", s.reason())))
                .orElse(getTranslation("apply.notFound"))));
        look.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(reference, look);
        row.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("apply.followHeading")), row, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.followHeading");
    }
}
