package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class PublicSearchMariaDbTest extends PublicSearchContract {
}
