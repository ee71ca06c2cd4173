package cn.ezhou.yshj.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Invite a person to an account with the given roles, optionally bound to an organisational unit. */
public record InviteCommand(
        @NotBlank(message = "account.error.nameRequired") @Size(max = 60, message = "account.error.nameLength") String displayName,
        @Email(message = "account.error.emailFormat") @Size(max = 120, message = "account.error.emailFormat") String email,
        @NotEmpty(message = "account.error.rolesRequired") Set<String> roles,
        String orgUnitCode) {
}
