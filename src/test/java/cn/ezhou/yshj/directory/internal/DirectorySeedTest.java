package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class DirectorySeedTest extends DirectorySeedContract {
}
