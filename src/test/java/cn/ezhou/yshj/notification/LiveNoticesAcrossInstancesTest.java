package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class LiveNoticesAcrossInstancesTest extends LiveNoticesAcrossInstancesContract {
}
