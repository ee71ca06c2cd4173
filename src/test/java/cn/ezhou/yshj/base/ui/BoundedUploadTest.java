package cn.ezhou.yshj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.ezhou.yshj.support.UploadRequests.EndlessBody;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** An upload is cut at its limit while it streams in; an oversized stream is never read whole. */
class BoundedUploadTest {

    private final List<byte[]> received = new ArrayList<>();
    private int refused;

    private UploadEvent event(InputStream body, long declaredSize) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            call.getArgument(0, Command.class).execute();
            return null;
        });
        when(event.getUI()).thenReturn(ui);
        when(event.getInputStream()).thenReturn(body);
        when(event.getFileSize()).thenReturn(declaredSize);
        when(event.getFileName()).thenReturn("a.pdf");
        return event;
    }

    private BoundedUpload.Handler handler(long limit) {
        return new BoundedUpload.Handler(limit, (name, bytes) -> received.add(bytes), () -> refused++);
    }

    @Test
    void a_stream_longer_than_the_limit_fails_at_the_first_byte_too_many() {
        EndlessBody endless = new EndlessBody();
        assertThatThrownBy(() -> LimitedInputStream.readAll(endless, 1000))
                .isInstanceOf(LimitedInputStream.TooLarge.class);
        assertThat(endless.taken()).isEqualTo(1001);
    }

    @Test
    void a_stream_within_the_limit_is_read_whole() throws Exception {
        assertThat(LimitedInputStream.readAll(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    }

    @Test
    void an_upload_that_hides_its_size_is_cut_at_the_limit_and_refused() throws Exception {
        EndlessBody endless = new EndlessBody();
        UploadEvent event = event(endless, -1);
        handler(4096).handleUploadRequest(event);
        assertThat(endless.taken()).isEqualTo(4097);
        assertThat(received).isEmpty();
        assertThat(refused).isEqualTo(1);
        verify(event).reject(any());
    }

    @Test
    void an_upload_that_declares_a_size_over_the_limit_is_refused_before_a_byte_is_read() throws Exception {
        EndlessBody endless = new EndlessBody();
        UploadEvent event = event(endless, 4097);
        handler(4096).handleUploadRequest(event);
        assertThat(endless.taken()).isZero();
        verify(event, never()).getInputStream();
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void an_upload_within_the_limit_reaches_its_receiver() throws Exception {
        handler(4096).handleUploadRequest(event(new ByteArrayInputStream(new byte[4096]), 4096));
        assertThat(received).singleElement().satisfies(b -> assertThat(b).hasSize(4096));
        assertThat(refused).isZero();
    }

    @Test
    void the_component_carries_its_limit_to_the_browser_and_to_multipart_requests() {
        BoundedUpload upload = new BoundedUpload(DataSize.ofMegabytes(5), (n, b) -> { }, () -> { });
        assertThat(upload.limitBytes()).isEqualTo(DataSize.ofMegabytes(5).toBytes());
        assertThat(upload.getMaxFileSize()).isEqualTo((int) DataSize.ofMegabytes(5).toBytes());
        assertThat(upload.handler().getFileSizeMax()).isEqualTo(DataSize.ofMegabytes(5).toBytes());
    }
}
