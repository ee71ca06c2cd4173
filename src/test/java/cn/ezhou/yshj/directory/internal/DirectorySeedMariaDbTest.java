package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class DirectorySeedMariaDbTest extends DirectorySeedContract {
}
