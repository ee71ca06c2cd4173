package cn.ezhou.yshj.security;

import cn.ezhou.yshj.support.MariaDbTest;

@MariaDbTest
class LoginAttemptsMariaDbTest extends LoginAttemptsContract {
}
