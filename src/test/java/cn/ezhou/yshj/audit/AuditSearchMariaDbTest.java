package cn.ezhou.yshj.audit;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class AuditSearchMariaDbTest extends AuditSearchContract {
}
