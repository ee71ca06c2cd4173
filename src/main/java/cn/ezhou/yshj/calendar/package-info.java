/**
 * The city's work calendar: weekends, public holidays and adjusted working days (调休). Every
 * deadline in the portal is counted in working days through {@link cn.ezhou.yshj.calendar.WorkCalendarService}.
 */
@ApplicationModule(displayName = "Work calendar")
package cn.ezhou.yshj.calendar;

import org.springframework.modulith.ApplicationModule;
