package cn.ezhou.yshj.drafts;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class DraftTest extends DraftContract {
}
