package cn.ezhou.yshj.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.support.PortalTest;
import cn.ezhou.yshj.support.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Files in the store follow their database transaction, and files of abandoned forms go after a day. */
@PortalTest
@WithAnonymousUser
class AttachmentStoreLifecycleTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    UnboundFileSweep sweep;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;
    @Value("${portal.attachments.dir}")
    Path storeDir;

    /** A PDF no other test stores, so that its file can be found in the store by its content. */
    private static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    private long filesHolding(byte[] content) {
        if (!Files.isDirectory(storeDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storeDir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Arrays.equals(Files.readAllBytes(f), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String formKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void a_save_that_rolls_back_leaves_no_file_in_the_store() {
        byte[] pdf = uniquePdf();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            attachments.storeUnbound(formKey(), "退回.pdf", pdf);
            assertThat(filesHolding(pdf)).as("written while the transaction runs").isEqualTo(1);
            throw new IllegalStateException("the owning save fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(filesHolding(pdf)).isZero();
    }

    @Test
    void a_removal_that_rolls_back_keeps_the_file_and_a_committed_one_deletes_it() {
        byte[] pdf = uniquePdf();
        String form = formKey();
        AttachmentRecord stored = attachments.storeUnbound(form, "保留.pdf", pdf);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            attachments.removeUnbound(form, stored.id());
            throw new IllegalStateException("the removal's transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attachments.readUnbound(form, stored.id())).isEqualTo(pdf);

        attachments.removeUnbound(form, stored.id());
        assertThat(filesHolding(pdf)).isZero();
    }

    @Test
    void files_of_a_form_never_sent_are_removed_after_24_hours_and_younger_ones_stay() {
        byte[] oldPdf = uniquePdf();
        byte[] youngPdf = uniquePdf();
        String oldForm = formKey();
        String youngForm = formKey();
        AttachmentRecord old = attachments.storeUnbound(oldForm, "旧.pdf", oldPdf);
        clock.advance(Duration.ofHours(23));
        AttachmentRecord young = attachments.storeUnbound(youngForm, "新.pdf", youngPdf);
        sweep.sweep();
        assertThat(attachments.readUnbound(oldForm, old.id())).as("23 hours old").isEqualTo(oldPdf);

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        sweep.sweep();
        assertThatThrownBy(() -> attachments.readUnbound(oldForm, old.id()))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.notFound");
        assertThat(filesHolding(oldPdf)).isZero();
        assertThat(attachments.readUnbound(youngForm, young.id())).isEqualTo(youngPdf);
    }

    @Test
    void a_file_bound_to_its_owner_is_never_swept() {
        byte[] pdf = uniquePdf();
        String form = formKey();
        AttachmentRecord stored = attachments.storeUnbound(form, "已绑定.pdf", pdf);
        long owner = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        attachments.bind(form, java.util.List.of(stored.id()), "sweep-test", owner, 1);
        clock.advance(Duration.ofDays(3));
        sweep.sweep();
        assertThat(attachments.read("sweep-test", owner, stored.id())).isEqualTo(pdf);
    }
}
