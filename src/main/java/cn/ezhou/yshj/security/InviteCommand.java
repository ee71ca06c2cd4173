package cn.ezhou.yshj.security;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Email;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Invite a person to an account with the given roles, optionally bound to an organisational unit. */
public record InviteCommand(
        @RequiredText(message = "account.error.nameRequired") @Stored("invitation.display_name") @Size(max = 60, message = "account.error.nameLength") String displayName,
        @Email(message = "account.error.emailFormat") @Stored("invitation.email") @Size(max = 120, message = "account.error.emailFormat") String email,
        @NotEmpty(message = "account.error.rolesRequired") Set<String> roles,
        String orgUnitCode) {
}
