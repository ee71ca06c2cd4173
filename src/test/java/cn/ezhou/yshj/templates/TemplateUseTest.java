package cn.ezhou.yshj.templates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.submission.ResultType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TemplateUseTest {

    @Test
    void each_use_offers_exactly_the_results_of_its_answer() {
        assertThat(TemplateUse.ITEM_REPLY.results())
                .containsExactlyElementsOf(Arrays.stream(ResultType.values()).map(Enum::name).toList());
        assertThat(TemplateUse.CONSULTATION_ANSWER.results())
                .containsExactlyElementsOf(Arrays.stream(AnswerOutcome.values()).map(Enum::name).toList());
    }
}
