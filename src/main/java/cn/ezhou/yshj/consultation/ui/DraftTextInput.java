package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.BoundedUpload;
import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.consultation.text.DocxText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * A policy text pasted or read from a DOCX file, then split into its parts for correction. The
 * file only fills the text box; nothing is stored until the form is sent.
 */
class DraftTextInput extends VerticalLayout {

    private final TextArea text = new TextArea();
    private final PartsEditor editor = new PartsEditor();

    DraftTextInput(String labelKey) {
        setPadding(false);
        text.setLabel(getTranslation(labelKey));
        text.setWidthFull();
        text.setMinHeight("12em");
        LimitedText.apply(text, 500_000);
        text.setHelperText(getTranslation("consultation.text.help"));
        text.setId("draft-text");
        text.addValueChangeListener(e -> editor.clear());
        Span error = new Span();
        error.addClassName("form-error");
        Upload[] self = new Upload[1];
        Upload docx = new BoundedUpload(DocxText.MAX_SIZE, (fileName, bytes) -> read(bytes, self[0], error),
                () -> error.setText(getTranslation("attachment.error.size", DocxText.MAX_SIZE.toMegabytes())));
        self[0] = docx;
        docx.setId("draft-docx");
        docx.setAcceptedFileTypes(".docx");
        docx.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("consultation.docx.drop"))
                .setMany(getTranslation("consultation.docx.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("consultation.docx.add"))
                .setMany(getTranslation("consultation.docx.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("consultation.error.docx"))
                .setFileIsTooBig(getTranslation("attachment.error.size", DocxText.MAX_SIZE.toMegabytes()))
                .setIncorrectFileType(getTranslation("consultation.error.docx")));
        docx.setI18n(i18n);
        Button split = new Button(getTranslation("consultation.split"), e -> editor.split(text.getValue()));
        split.setId("split-text");
        HorizontalLayout actions = new HorizontalLayout(split, docx);
        actions.setAlignItems(Alignment.CENTER);
        actions.setWrap(true);
        add(text, actions, error, editor);
    }

    /** The text box, for autosave. */
    TextArea textArea() {
        return text;
    }

    private void read(byte[] bytes, Upload docx, Span error) {
        String read;
        try {
            read = DocxText.text(bytes);
        } catch (IllegalArgumentException e) {
            error.setText(getTranslation("consultation.error.docx"));
            return;
        }
        error.setText("");
        text.setValue(read);
        editor.split(read);
        docx.clearFileList();
    }

    /** The corrected parts; the text is split first if the drafter never asked for it. */
    java.util.List<cn.ezhou.yshj.consultation.text.DraftPart> parts() {
        if (editor.isEmpty() && !text.getValue().isBlank()) {
            editor.split(text.getValue());
        }
        return editor.parts();
    }
}
