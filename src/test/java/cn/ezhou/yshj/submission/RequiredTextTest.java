package cn.ezhou.yshj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.support.PortalTest;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Required texts of full-width or no-break spaces are refused; stored texts are stripped. */
@PortalTest
class RequiredTextTest extends SubmissionFlowTest {

    @Test
    void a_reply_of_full_width_spaces_is_refused_and_the_item_stays_signed() {
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(SubmissionFlow.LEAD);
        assertThatThrownBy(() -> departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "\u3000\u3000\u3000")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("submission.error.measures");
        assertThatThrownBy(() -> departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "\u00A0\u202F")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(flow.current(d.id()).state()).isEqualTo(SubmissionState.SIGNED);
    }

    @Test
    void a_reply_is_stored_without_the_spaces_around_it() {
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(SubmissionFlow.LEAD);
        SubmissionDetail replied = departments.reply(d.id(), d.version(),
                new ReplyCommand(ResultType.RESOLVED, "\u3000\u00A0已取消复印件要求。\u3000\n"));
        assertThat(replied.replyText()).isEqualTo("已取消复印件要求。");
    }

    @Test
    void a_reason_of_no_break_spaces_is_refused() {
        SubmissionDetail d = flow.inState(SubmissionState.SUBMITTED);
        flow.as(SubmissionFlow.OFFICE);
        assertThatThrownBy(() -> office.reject(d.id(), d.version(), "\u00A0\u3000"))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.reason");
        assertThat(flow.current(d.id()).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void a_registered_item_of_full_width_spaces_is_refused() {
        flow.as(SubmissionFlow.OFFICE);
        assertThatThrownBy(() -> office.register(new RegisterCommand("HOTLINE", null, "张三", null, SubmissionType.COMPLAINT,
                "GOVERNMENT", null, "\u3000\u3000", "\u3000", false)))
                .isInstanceOf(ConstraintViolationException.class);
    }
}
