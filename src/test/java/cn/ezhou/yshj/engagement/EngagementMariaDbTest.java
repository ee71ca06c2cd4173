package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class EngagementMariaDbTest extends ConfidentialMarksContract {
}
