package cn.ezhou.yshj.attachment.ui;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.FileTypes;
import cn.ezhou.yshj.base.ui.BoundedUpload;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.base.ui.Errors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * Upload and list the files of one item. The browser limits size and type for convenience; the
 * upload is cut on the server at the size limit while it streams in, and the backend checks size,
 * type and content again; its refusal is shown here.
 */
public class AttachmentField extends VerticalLayout {

    /** What the owning feature offers: it checks the user may add to, read from and remove from its item. */
    public interface Backend {
        AttachmentRecord upload(String fileName, byte[] content);

        List<AttachmentRecord> list();

        void remove(long attachmentId);

        Downloads.File read(long attachmentId);
    }

    private final Backend backend;
    private final Div files = new Div();
    private final Span error = new Span();

    public AttachmentField(String label, int maxFiles, DataSize maxSize, Backend backend) {
        this.backend = backend;
        setPadding(false);
        setSpacing(false);
        Span caption = new Span(label);
        caption.addClassName("block-title");
        Upload[] self = new Upload[1];
        Upload upload = new BoundedUpload(maxSize, (fileName, bytes) -> {
            try {
                backend.upload(fileName, bytes);
                error.setText("");
                self[0].clearFileList();
                refresh();
            } catch (RuntimeException e) {
                String message = Errors.message(this, e);
                error.setText(message == null ? getTranslation("attachment.error.failed") : message);
            }
        }, () -> error.setText(getTranslation("attachment.error.size", maxSize.toMegabytes())));
        self[0] = upload;
        upload.setAcceptedFileTypes(FileTypes.ACCEPT.split(","));
        upload.setMaxFiles(maxFiles);
        upload.setI18n(i18n(maxFiles, maxSize));
        upload.addFileRejectedListener(e -> error.setText(getTranslation("attachment.error.rejected", maxSize.toMegabytes())));
        upload.setId("attachment-upload");
        Span hint = new Span(getTranslation("attachment.hint", maxFiles, maxSize.toMegabytes()));
        hint.addClassName("autosave-status");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        files.addClassName("attachment-list");
        add(caption, files, upload, hint, error);
        refresh();
    }

    private void refresh() {
        files.removeAll();
        for (AttachmentRecord f : backend.list()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                if (Errors.attempt(this, () -> backend.remove(f.id()))) {
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("attachment.remove", f.fileName()));
            files.add(new HorizontalLayout(Downloads.link(f.fileName(), () -> backend.read(f.id())), remove));
        }
    }

    private UploadI18N i18n(int maxFiles, DataSize maxSize) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.drop")).setMany(getTranslation("attachment.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.add")).setMany(getTranslation("attachment.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("attachment.error.tooMany", maxFiles))
                .setFileIsTooBig(getTranslation("attachment.error.size", maxSize.toMegabytes()))
                .setIncorrectFileType(getTranslation("attachment.error.type")));
        return i18n;
    }

    /** Read-only links to download files, for viewers who may not change them. */
    public static Div links(List<AttachmentRecord> records, java.util.function.LongFunction<Downloads.File> reader) {
        Div div = new Div();
        div.addClassName("attachment-list");
        for (AttachmentRecord f : records) {
            div.add(new Div(Downloads.link(f.fileName(), () -> reader.apply(f.id()))));
        }
        return div;
    }
}
