package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class OversightTest extends OversightContract {
}
