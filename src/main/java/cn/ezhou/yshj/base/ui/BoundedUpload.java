package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/**
 * An upload whose size limit holds on the server while the bytes stream in: a declared size over
 * the limit is refused before reading, and a stream that runs past it is cut at the first byte too
 * many. Only a file within the limit is handed on. The browser checks the same limit for convenience.
 */
public class BoundedUpload extends Upload {

    /** Receives a file within the limit, in the UI's session. */
    @FunctionalInterface
    public interface Receiver {
        void received(String fileName, byte[] content);
    }

    private final Handler handler;

    public BoundedUpload(DataSize limit, Receiver receiver, Runnable tooLarge) {
        this.handler = new Handler(limit.toBytes(), receiver, tooLarge);
        setUploadHandler(handler);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit.toBytes()));
    }

    /** The server-side limit in bytes. */
    public long limitBytes() {
        return handler.limit;
    }

    /** The handler the upload requests reach. */
    public UploadHandler handler() {
        return handler;
    }

    static final class Handler implements UploadHandler {

        private final long limit;
        private final Receiver receiver;
        private final Runnable tooLarge;

        Handler(long limit, Receiver receiver, Runnable tooLarge) {
            this.limit = limit;
            this.receiver = receiver;
            this.tooLarge = tooLarge;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            if (event.getFileSize() > limit) {
                refuse(event);
                return;
            }
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = LimitedInputStream.readAll(in, limit);
            } catch (LimitedInputStream.TooLarge e) {
                refuse(event);
                return;
            }
            String name = event.getFileName();
            event.getUI().access(() -> receiver.received(name, content));
        }

        private void refuse(UploadEvent event) {
            event.reject("file too large");
            event.getUI().access(tooLarge::run);
        }

        /** The same limit for multipart requests, checked by Vaadin before the handler runs. */
        @Override
        public long getFileSizeMax() {
            return limit;
        }

        @Override
        public long getRequestSizeMax() {
            return limit + 64 * 1024;
        }
    }
}
