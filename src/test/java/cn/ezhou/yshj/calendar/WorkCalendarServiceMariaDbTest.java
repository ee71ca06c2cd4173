package cn.ezhou.yshj.calendar;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class WorkCalendarServiceMariaDbTest extends WorkCalendarContract {
}
