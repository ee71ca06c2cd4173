/**
 * Who may do what: user accounts, invitations, local (form) and OpenID Connect login, lockout
 * after repeated failures, and the web security configuration.
 */
@ApplicationModule(displayName = "Security and accounts")
package cn.ezhou.yshj.security;

import org.springframework.modulith.ApplicationModule;
