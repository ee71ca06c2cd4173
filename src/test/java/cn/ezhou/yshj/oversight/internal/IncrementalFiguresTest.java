package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class IncrementalFiguresTest extends IncrementalFiguresContract {
}
