package cn.ezhou.yshj.templates;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class AnswerTemplatesMariaDbTest extends AnswerTemplatesContract {
}
