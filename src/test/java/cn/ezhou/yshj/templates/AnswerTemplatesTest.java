package cn.ezhou.yshj.templates;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class AnswerTemplatesTest extends AnswerTemplatesContract {
}
