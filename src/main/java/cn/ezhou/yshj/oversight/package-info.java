/**
 * Office oversight (plan items 10, 11 and 26): the office's dashboard of how submissions are
 * handled, and the department league table with its configurable method. Reads the other modules
 * only through their public figures classes, and keeps its own pre-aggregated figures so that a
 * year over a million items is read in milliseconds.
 */
@ApplicationModule(displayName = "Office oversight")
package cn.ezhou.yshj.oversight;

import org.springframework.modulith.ApplicationModule;
