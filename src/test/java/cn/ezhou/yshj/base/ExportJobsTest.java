package cn.ezhou.yshj.base;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class ExportJobsTest extends ExportJobsContract {
}
