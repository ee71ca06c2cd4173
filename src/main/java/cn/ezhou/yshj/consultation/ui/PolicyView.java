package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.DraftPartView;
import cn.ezhou.yshj.consultation.PolicyDetail;
import cn.ezhou.yshj.consultation.PolicyReach;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.consultation.PolicySummary;
import cn.ezhou.yshj.directory.DirectoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An issued policy; opening it is a recipient's read receipt. Associations confirm the relay; the office sees the reach. */
@Route(value = "policies/:id(\\d+)", layout = MainLayout.class)
@AnonymousAllowed
class PolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyService policies;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private long id;
    private String pageTitle = "";

    PolicyView(PolicyService policies, DirectoryService directory, CurrentUser currentUser) {
        this.policies = policies;
        this.directory = directory;
        this.currentUser = currentUser;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        PolicyDetail d;
        try {
            d = policies.open(id);
        } catch (Refusal r) {
            add(new H2(getTranslation("policy.error.notFound")), new Paragraph(Errors.message(this, r)));
            return;
        }
        PolicySummary s = d.summary();
        pageTitle = s.title();
        H2 heading = new H2(s.title());
        heading.setId("policy-heading");
        UnitNames names = new UnitNames(directory, getLocale());
        Div facts = new Div();
        facts.addClassName("fact-list");
        facts.add(Blocks.fact(getTranslation("policy.documentNo"), s.documentNo()),
                Blocks.fact(getTranslation("policy.issuingUnit"), names.unit(s.issuingUnit())),
                Blocks.fact(getTranslation("policy.issuedOn"), Formats.date(s.issuedOn())),
                Blocks.fact(getTranslation("policy.tags"), names.tags(s.tags())));
        if (s.benefit()) {
            facts.add(Blocks.fact(getTranslation("policy.benefit"), getTranslation("common.yes")));
        }
        add(heading, facts);
        if (d.summaryText() != null) {
            add(Blocks.text(getTranslation("policy.summary"), d.summaryText()));
        }
        if (d.consultationId() != null) {
            HorizontalLayout links = new HorizontalLayout(
                    new Anchor("consultations/" + d.consultationId(), getTranslation("policy.consultation", d.consultationReference())),
                    changesLink());
            links.setWrap(true);
            add(links);
        }
        if (d.mayConfirmRelay()) {
            add(relay(d));
        }
        if (currentUser.hasRole(AppRoles.OFFICE) || currentUser.hasRole(AppRoles.DEPARTMENT)) {
            add(reach(policies.reach(id)));
        }
        add(new H3(getTranslation("policy.finalText")));
        for (DraftPartView p : d.parts()) {
            String label = p.part().displayLabel();
            add(p.part().commentable() ? Blocks.text(label, p.part().body()) : new H3(label));
        }
    }

    private Anchor changesLink() {
        Anchor a = new Anchor("policies/" + id + "/changes", getTranslation("policy.changes"));
        a.setId("link-changes");
        return a;
    }

    private Div relay(PolicyDetail d) {
        IntegerField members = new IntegerField(getTranslation("policy.relay.members"));
        members.setMin(0);
        members.setValue(d.relayedMembers());
        members.setId("relay-members");
        Button confirm = new Button(getTranslation("policy.relay.confirm"), e -> {
            if (Errors.attempt(this, () -> policies.confirmRelay(id, members.getValue() == null ? -1 : members.getValue()))) {
                Errors.success(this, "policy.relay.done");
                show();
            }
        });
        confirm.setId("relay-confirm");
        HorizontalLayout row = new HorizontalLayout(members, confirm);
        row.setAlignItems(Alignment.BASELINE);
        Div block = new Div(new Paragraph(d.relayedMembers() == null ? getTranslation("policy.relay.hint")
                : getTranslation("policy.relay.confirmed", d.relayedMembers())), row);
        block.addClassName("text-block");
        return block;
    }

    private Div reach(PolicyReach r) {
        Div facts = new Div();
        facts.addClassName("fact-list");
        facts.setId("policy-reach");
        facts.add(Blocks.fact(getTranslation("policy.reach.recipients"), String.valueOf(r.recipients())),
                Blocks.fact(getTranslation("policy.reach.read"), String.valueOf(r.read())),
                Blocks.fact(getTranslation("policy.reach.associations"), String.valueOf(r.associationsReached())),
                Blocks.fact(getTranslation("policy.reach.relayed"), String.valueOf(r.associationsRelayed())),
                Blocks.fact(getTranslation("policy.reach.members"), String.valueOf(r.membersRelayed())));
        return facts;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
