package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class ConsultationCountsMariaDbTest extends ConsultationCountsContract {
}
