package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class EngagementTest extends ConfidentialMarksContract {
}
