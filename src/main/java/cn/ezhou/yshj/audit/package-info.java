/**
 * Append-only audit trail: every state change and administrative action, with UTC time, user,
 * roles, action, object and result. Entries are written, read page by page, never changed.
 */
@ApplicationModule(displayName = "Audit")
package cn.ezhou.yshj.audit;

import org.springframework.modulith.ApplicationModule;
