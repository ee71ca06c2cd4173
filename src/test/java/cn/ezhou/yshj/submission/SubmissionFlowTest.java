package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Tests that drive items through the pipeline: the desks, a fresh {@link SubmissionFlow} for each
 * test on the real clock, and the clock and the logged-in user put back afterwards.
 */
abstract class SubmissionFlowTest {

    @Autowired
    SubmissionService submissions;
    @Autowired
    OfficeDesk office;
    @Autowired
    DepartmentDesk departments;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    TestClock clock;

    SubmissionFlow flow;

    @BeforeEach
    void startFlow() {
        clock.reset();
        flow = new SubmissionFlow(security, accounts, submissions, office, departments);
    }

    @AfterEach
    void endFlow() {
        clock.reset();
        security.clearContext();
    }
}
