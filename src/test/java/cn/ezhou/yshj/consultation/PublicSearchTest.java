package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class PublicSearchTest extends PublicSearchContract {
}
