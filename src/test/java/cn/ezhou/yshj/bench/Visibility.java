package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.ItemQuery;
import cn.ezhou.yshj.submission.ItemSearch;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * How soon an item submitted through the service is found by the office's search: submitted as
 * the demo observer with a word no other item holds, then searched for again and again until found.
 */
final class Visibility {

    record Result(int items, long maxSubmitMillis, long maxFoundMillis) {
    }

    private Visibility() {
    }

    static Result measure(ConfigurableApplicationContext ctx, SecurityContextHolderStrategy security, int items) {
        SubmissionService submissions = ctx.getBean(SubmissionService.class);
        ItemSearch search = ctx.getBean(ItemSearch.class);
        Random random = new Random();
        long maxSubmit = 0;
        long maxFound = 0;
        for (int n = 0; n < items; n++) {
            // Letters only: the analyzer keeps a run of Latin letters as one word.
            String word = random.ints(12, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
            SearchBenchmark.as(security, "observer", "OBSERVER");
            long t0 = System.nanoTime();
            SubmissionDetail saved = submissions.submit(new DraftCommand(UUID.randomUUID().toString(),
                    SubmissionType.SUGGESTION, "GOVERNMENT", "ECQ", "基准测试新诉求 " + word,
                    "企业反映审批材料重复提交的问题，关键词 " + word + "，希望尽快研究解决。", null, false));
            long committed = System.nanoTime();
            SearchBenchmark.as(security, "office", "OFFICE");
            while (search.office(ItemQuery.words(word), 0, 50).hits().stream().noneMatch(h -> h.item().id() == saved.id())) {
                if (System.nanoTime() - committed > 5_000_000_000L) {
                    throw new IllegalStateException("Item " + saved.id() + " not found by '" + word + "' after 5 s");
                }
                Thread.onSpinWait(); // each search takes milliseconds: no pause of its own is needed
            }
            maxSubmit = Math.max(maxSubmit, (committed - t0) / 1_000_000);
            maxFound = Math.max(maxFound, (System.nanoTime() - committed) / 1_000_000);
        }
        return new Result(items, maxSubmit, maxFound);
    }
}
