package cn.ezhou.yshj.audit;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class AuditSearchTest extends AuditSearchContract {
}
