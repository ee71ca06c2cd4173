package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class IncrementalFiguresMariaDbTest extends IncrementalFiguresContract {
}
