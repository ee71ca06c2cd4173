package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.submission.DeadlineRuleRecord;
import cn.ezhou.yshj.submission.DeadlineRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Deadline rules in working days; the administrator changes them, the office reads them. */
@Route(value = "admin/deadline-rules", layout = MainLayout.class)
@Menu(title = "nav.deadlineRules", order = 77, icon = "vaadin:clock")
@RolesAllowed({AppRoles.ADMIN, AppRoles.OFFICE})
class DeadlineRulesView extends VerticalLayout implements HasDynamicTitle {

    private final DeadlineRules rules;

    DeadlineRulesView(DeadlineRules rules, cn.ezhou.yshj.base.CurrentUser user) {
        this.rules = rules;
        setMaxWidth("700px");
        add(new Paragraph(getTranslation("deadlineRules.intro")));
        boolean admin = user.hasRole(AppRoles.ADMIN);
        for (DeadlineRuleRecord rule : rules.list()) {
            add(row(rule, admin));
        }
    }

    private HorizontalLayout row(DeadlineRuleRecord rule, boolean admin) {
        IntegerField days = new IntegerField(getTranslation("deadlineRules.code." + rule.code()));
        days.setValue(rule.workingDays());
        days.setMin(1);
        days.setMax(DeadlineRules.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("deadlineRules.workingDays")));
        days.setReadOnly(!admin);
        days.setId("rule-" + rule.code());
        HorizontalLayout row = new HorizontalLayout(days);
        row.setAlignItems(Alignment.BASELINE);
        if (admin) {
            long[] version = {rule.version()};
            Button save = new Button(getTranslation("common.save"), e -> Errors.attempt(this, () -> {
                DeadlineRuleRecord saved = rules.update(rule.code(), version[0], days.getValue() == null ? 0 : days.getValue());
                version[0] = saved.version();
                Errors.success(this, "deadlineRules.saved");
            }));
            row.add(save);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.deadlineRules");
    }
}
