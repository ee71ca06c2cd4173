package cn.ezhou.yshj;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class ColumnLimitsMariaDbTest extends ColumnLimitsContract {
}
