package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class OversightMariaDbTest extends OversightContract {
}
