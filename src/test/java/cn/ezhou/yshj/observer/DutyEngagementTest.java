package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class DutyEngagementTest extends DutyEngagementContract {
}
