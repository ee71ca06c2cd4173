/**
 * Drafts: what a user typed on a long form, saved a moment after typing stops and offered back
 * when the form opens again, so a closed tab or an ended session loses nothing. Each draft is its
 * author's alone; the owning feature discards it once the form is sent.
 */
@ApplicationModule(displayName = "Drafts")
package cn.ezhou.yshj.drafts;

import org.springframework.modulith.ApplicationModule;
