package cn.ezhou.yshj.support;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * A view test without a browser, on the embedded-database context. View tests run in their own
 * JVM (see the Surefire executions in pom.xml): every Spring context installs its own Vaadin
 * security-context strategy globally, and a context started later would hide this test's mock user
 * from Vaadin's access checks.
 */
@PortalTest
public abstract class PortalViewTest extends SpringBrowserlessTest {
}
