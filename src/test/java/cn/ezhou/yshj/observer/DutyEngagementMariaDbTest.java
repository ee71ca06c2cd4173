package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class DutyEngagementMariaDbTest extends DutyEngagementContract {
}
