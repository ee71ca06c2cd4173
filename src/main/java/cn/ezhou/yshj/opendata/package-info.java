/**
 * Open data: a read-only JSON API under {@code /api/open/v1} for what the portal's public pages
 * already show — public consultations once open, their published feedback reports, issued policies
 * with their draft-to-final comparison, the league table while the office publishes it, and
 * published typical cases. It reads only through the other modules' public services, always as an
 * anonymous visitor, and answers with records of its own that carry no personal data
 * (docs/decisions/0023-open-data-api.md). Its page {@code search} is the same public view for
 * people: one search box over those modules' public keyword searches.
 */
@ApplicationModule(displayName = "Open data")
package cn.ezhou.yshj.opendata;

import org.springframework.modulith.ApplicationModule;
