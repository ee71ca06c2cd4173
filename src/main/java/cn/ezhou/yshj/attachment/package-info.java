/**
 * Attachments: files checked by their content (not their name), kept under server-generated keys
 * in a store behind an interface. The owning feature checks who may read a file before asking
 * for its bytes.
 */
@ApplicationModule(displayName = "Attachments")
package cn.ezhou.yshj.attachment;

import org.springframework.modulith.ApplicationModule;
