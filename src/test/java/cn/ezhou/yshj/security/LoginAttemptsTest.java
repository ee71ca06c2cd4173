package cn.ezhou.yshj.security;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class LoginAttemptsTest extends LoginAttemptsContract {
}
