package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.ConsultationDetail;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.IssuePolicy;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.security.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Records an issued policy with its final text (from a consultation when there was one) and pushes it. */
@Route(value = "policies/new", layout = MainLayout.class)
@RolesAllowed({AppRoles.DEPARTMENT, AppRoles.OFFICE})
class IssuePolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final TextField title = new TextField();
    private final Paragraph from = new Paragraph();
    private Long consultationId;

    IssuePolicyView(PolicyService policies, ConsultationService consultations, DirectoryService directory,
                    AccountService accounts, Clock clock) {
        this.consultations = consultations;
        setMaxWidth("64rem");
        title.setLabel(getTranslation("policy.title"));
        title.setWidthFull();
        LimitedText.apply(title, 200);
        title.setId("policy-title");
        TextField documentNo = new TextField(getTranslation("policy.documentNo"));
        LimitedText.apply(documentNo, 64);
        UnitChoice unit = new UnitChoice(directory, accounts).label("policy.issuingUnit");
        DatePicker issuedOn = new DatePicker(getTranslation("policy.issuedOn"), LocalDate.now(clock));
        Checkbox benefit = new Checkbox(getTranslation("policy.benefitLong"));
        benefit.setId("policy-benefit");
        MultiSelectComboBox<ReferenceItem> tags = new MultiSelectComboBox<>(getTranslation("policy.tags"));
        tags.setItems(directory.items(ReferenceList.INDUSTRY_TAG));
        tags.setItemLabelGenerator(i -> i.name(getLocale()));
        tags.setWidthFull();
        tags.setId("policy-tags");
        Checkbox observers = new Checkbox(getTranslation("policy.toObservers"));
        TextArea summary = new TextArea(getTranslation("policy.summary"));
        LimitedText.apply(summary, 2000);
        summary.setWidthFull();
        DraftTextInput text = new DraftTextInput("policy.finalText");
        Button issue = new Button(getTranslation("policy.issueAndPush"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("policy-submit");
        issue.addClickListener(e -> {
            long[] id = new long[1];
            if (Errors.attempt(this, () -> id[0] = policies.issue(new IssuePolicy(title.getValue(), documentNo.getValue(),
                    unit.value(), issuedOn.getValue(), benefit.getValue(),
                    tags.getValue().stream().map(ReferenceItem::code).collect(Collectors.toSet()), observers.getValue(),
                    summary.getValue(), text.parts(), consultationId)))) {
                getUI().ifPresent(ui -> ui.navigate("policies/" + id[0]));
            }
        });
        add(new H2(getPageTitle()), from, title, documentNo, unit, issuedOn, benefit, tags, observers, summary, text,
                new Paragraph(getTranslation("policy.pushHint")), issue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getLocation().getQueryParameters().getSingleParameter("consultation")
                .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        if (consultationId != null) {
            Errors.attempt(this, () -> {
                ConsultationDetail d = consultations.detail(consultationId);
                from.setText(getTranslation("policy.fromConsultation", d.reference(), d.title()));
                if (title.isEmpty()) {
                    title.setValue(d.title().replace("（征求意见稿）", ""));
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.issue");
    }
}
