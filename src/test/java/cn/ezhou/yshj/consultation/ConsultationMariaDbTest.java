package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class ConsultationMariaDbTest extends AnswersAndPolicyContract {
}
