package cn.ezhou.yshj.association.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.association.AssociationRecord;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.association.LiaisonRecord;
import cn.ezhou.yshj.base.ui.Errors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** An association's liaisons: invite a new person, bind an existing association account, remove one. */
class LiaisonPanel extends VerticalLayout {

    private final AssociationService service;
    private final long associationId;
    private final Div list = new Div();

    LiaisonPanel(AssociationService service, AssociationRecord association) {
        this.service = service;
        this.associationId = association.id();
        setPadding(false);
        Span caption = new Span(getTranslation("association.liaisons"));
        caption.addClassName("block-title");
        TextField name = new TextField(getTranslation("association.liaison.name"));
        LimitedText.apply(name, 60);
        EmailField email = new EmailField(getTranslation("association.liaison.email"));
        Paragraph invited = new Paragraph();
        invited.setId("liaison-invitation");
        Button invite = new Button(getTranslation("association.liaison.invite"), e -> Errors.attempt(this, () -> {
            var invitation = service.inviteLiaison(associationId, name.getValue(), email.getValue());
            invited.setText(getTranslation("association.liaison.invited", "/invite/" + invitation.code()));
            name.clear();
            email.clear();
            render(service.get(associationId));
        }));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        TextField username = new TextField(getTranslation("association.liaison.username"));
        Button bind = new Button(getTranslation("association.liaison.bind"), e -> Errors.attempt(this, () -> {
            service.bindLiaison(associationId, username.getValue());
            username.clear();
            render(service.get(associationId));
        }));
        bind.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout inviteRow = new HorizontalLayout(name, email, invite);
        inviteRow.setWrap(true);
        inviteRow.setAlignItems(Alignment.BASELINE);
        HorizontalLayout bindRow = new HorizontalLayout(username, bind);
        bindRow.setAlignItems(Alignment.BASELINE);
        add(caption, list, inviteRow, invited, bindRow);
        render(association);
    }

    private void render(AssociationRecord association) {
        list.removeAll();
        if (association.liaisons().isEmpty()) {
            list.add(new Paragraph(getTranslation("association.liaison.none")));
        }
        for (LiaisonRecord l : association.liaisons()) {
            String state = l.activated() ? l.username() : getTranslation("association.liaison.pending");
            Button remove = new Button(getTranslation("association.liaison.remove"), e -> Errors.attempt(this, () -> {
                service.removeLiaison(l.id());
                render(service.get(associationId));
            }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(new Span(l.displayName() + " · " + state), remove);
            row.setAlignItems(Alignment.CENTER);
            list.add(row);
        }
    }
}
