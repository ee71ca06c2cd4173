/**
 * The directory of the city: the optimisation office and its groups, the city departments, the
 * districts and zones (one tree of organisational units), and the plan's reference lists
 * (observer categories, submission channels, environment domains).
 */
@ApplicationModule(displayName = "Directory")
package cn.ezhou.yshj.directory;

import org.springframework.modulith.ApplicationModule;
