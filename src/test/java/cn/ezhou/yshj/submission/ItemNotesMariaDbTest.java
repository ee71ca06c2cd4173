package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class ItemNotesMariaDbTest extends ItemNotesContract {
}
