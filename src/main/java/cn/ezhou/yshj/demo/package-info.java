/**
 * The demo city (demo profile only): on the first start against an empty database, a deterministic
 * year of Ezhou — observers, chambers, submissions, consultations, rounds, briefings, activities,
 * typical cases and the league table — created through the other modules' services on a clock that
 * walks through the year, so every rule, timeline line, audit entry and notice is real.
 */
@ApplicationModule(displayName = "Demo city")
package cn.ezhou.yshj.demo;

import org.springframework.modulith.ApplicationModule;
