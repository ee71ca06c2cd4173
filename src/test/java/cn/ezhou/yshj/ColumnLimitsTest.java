package cn.ezhou.yshj;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class ColumnLimitsTest extends ColumnLimitsContract {
}
