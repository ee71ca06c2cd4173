package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class EngagementCountsMariaDbTest extends EngagementCountsContract {
}
