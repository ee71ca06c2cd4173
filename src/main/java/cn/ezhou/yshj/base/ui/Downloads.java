package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a generated file as an attachment; the content is produced when clicked. */
public final class Downloads {

    /** A generated file: name, content type and bytes. */
    public record File(String name, String contentType, byte[] content) {
    }

    private Downloads() {
    }

    public static Anchor link(String text, Supplier<File> file) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            File f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.name(), f.contentType(), f.content().length);
        }), AttachmentType.DOWNLOAD, text);
    }
}
