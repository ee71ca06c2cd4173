package cn.ezhou.yshj.submission;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules run one pass of the deadline watch (e.g. to default a rating). */
public final class DeadlineWatchRunner {

    private DeadlineWatchRunner() {
    }

    public static void run(ApplicationContext context) {
        context.getBean(DeadlineWatch.class).run();
    }
}
