package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InvitationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** The invitations, newest first, loaded page by page; open ones can be revoked. */
class InvitationsGrid extends Grid<InvitationSummary> {

    private final AccountService accounts;
    private final Clock clock;

    InvitationsGrid(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        setId("invitations-grid");
        addColumn(InvitationSummary::displayName).setHeader(getTranslation("users.name"));
        addColumn(i -> i.email() == null ? "" : i.email()).setHeader(getTranslation("users.email"));
        addColumn(i -> i.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("account.roles"));
        addColumn(i -> Formats.dateTime(i.expiresAt())).setHeader(getTranslation("users.expires"));
        addColumn(this::state).setHeader(getTranslation("users.status"));
        addComponentColumn(i -> {
            Button revoke = new Button(getTranslation("users.revoke"), e -> {
                if (Errors.attempt(this, () -> accounts.revokeInvitation(i.code()))) {
                    refresh();
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(i.isOpen(clock.instant()));
            return revoke;
        });
        setItems(q -> accounts.invitations(PageRequest.of(q.getPage(), q.getPageSize())).stream());
        setPageSize(50);
        setAllRowsVisible(false);
        setHeight("16rem");
        setEmptyStateText(getTranslation("users.noInvitations"));
    }

    private String state(InvitationSummary i) {
        if (i.acceptedAt() != null) {
            return getTranslation("users.accepted", i.acceptedBy());
        }
        if (i.revoked()) {
            return getTranslation("users.revoked");
        }
        return getTranslation(i.isOpen(clock.instant()) ? "users.open" : "users.expired");
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
