package cn.ezhou.yshj.calendar;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class WorkCalendarServiceTest extends WorkCalendarContract {
}
