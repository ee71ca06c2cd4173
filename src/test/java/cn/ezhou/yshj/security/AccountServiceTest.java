package cn.ezhou.yshj.security;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class AccountServiceTest extends AccountServiceContract {
}
