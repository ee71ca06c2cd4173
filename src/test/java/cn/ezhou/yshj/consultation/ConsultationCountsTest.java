package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class ConsultationCountsTest extends ConsultationCountsContract {
}
