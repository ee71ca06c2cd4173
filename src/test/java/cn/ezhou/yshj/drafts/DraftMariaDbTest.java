package cn.ezhou.yshj.drafts;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class DraftMariaDbTest extends DraftContract {
}
