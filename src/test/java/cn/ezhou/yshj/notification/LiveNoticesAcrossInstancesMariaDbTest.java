package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class LiveNoticesAcrossInstancesMariaDbTest extends LiveNoticesAcrossInstancesContract {
}
