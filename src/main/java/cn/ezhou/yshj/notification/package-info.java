/**
 * Notifications: in-app notices with a live unread count, and e-mails sent from a persistent
 * outbox so that nothing is lost while the mail server is down.
 */
@ApplicationModule(displayName = "Notifications")
package cn.ezhou.yshj.notification;

import org.springframework.modulith.ApplicationModule;
