package cn.ezhou.yshj.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.ezhou.yshj.base.ui.BoundedUpload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Upload requests sent straight to an upload's server-side handler, as the browser's request would reach it. */
public final class UploadRequests {

    private UploadRequests() {
    }

    /** An endless body that counts the bytes taken from it. */
    public static final class EndlessBody extends InputStream {
        private long taken;

        public long taken() {
            return taken;
        }

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            taken += len;
            return len;
        }
    }

    /** Sends a body of unknown length that never ends; returns how many bytes the server took before cutting it. */
    public static long sendEndless(BoundedUpload upload) {
        EndlessBody body = new EndlessBody();
        send(upload, "huge.pdf", body, -1);
        return body.taken();
    }

    /** Sends a whole file, as the browser does for one within the limit. */
    public static void send(BoundedUpload upload, String fileName, byte[] content) {
        send(upload, fileName, new ByteArrayInputStream(content), content.length);
    }

    private static void send(BoundedUpload upload, String fileName, InputStream body, long declaredSize) {
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            call.getArgument(0, Command.class).execute();
            return null;
        });
        UploadEvent event = mock(UploadEvent.class);
        when(event.getUI()).thenReturn(ui);
        when(event.getInputStream()).thenReturn(body);
        when(event.getFileSize()).thenReturn(declaredSize);
        when(event.getFileName()).thenReturn(fileName);
        try {
            upload.handler().handleUploadRequest(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
