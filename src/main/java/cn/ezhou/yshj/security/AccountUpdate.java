package cn.ezhou.yshj.security;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** An administrator's change to an account; {@code version} guards against concurrent edits. */
public record AccountUpdate(long id, long version, @NotEmpty(message = "account.error.rolesRequired") Set<String> roles,
                            String orgUnitCode, boolean enabled) {
}
