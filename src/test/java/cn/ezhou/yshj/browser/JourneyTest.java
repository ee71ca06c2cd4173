package cn.ezhou.yshj.browser;

import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What every journey of an item in Chromium stands on: the running portal, a browser session, an account maker. */
@PortalServerTest
abstract class JourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    BrowserSession session;

    @BeforeEach
    void openBrowser() {
        session = new BrowserSession(port);
    }

    @AfterEach
    void closeBrowser() {
        session.close();
    }

    /** An account of the journey's own, so it changes nothing other tests expect of the demo ones. */
    void ensureAccount(String username, String displayName, String role) {
        BrowserSession.ensureAccount(accounts, encoder, username, displayName, role);
    }
}
