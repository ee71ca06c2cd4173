package cn.ezhou.yshj.base;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class ExportJobsMariaDbTest extends ExportJobsContract {
}
