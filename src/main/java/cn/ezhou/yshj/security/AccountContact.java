package cn.ezhou.yshj.security;

import java.util.Locale;

/** How to reach a user: for notifications, never shown to other parties. */
public record AccountContact(long accountId, String username, String displayName, String email, Locale locale,
                             String orgUnitCode) {
}
