package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.submission.ItemNote;
import cn.ezhou.yshj.submission.ItemNotes;
import cn.ezhou.yshj.submission.Mentionable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The item's internal notes (内部备注), oldest first, and a field to add one. Only placed on the
 * page for the office and the departments handling the item; the service refuses everyone else.
 * Mentions are marked in the text, which is only ever set as text, never as HTML.
 */
class NotesPanel extends VerticalLayout {

    private final ItemNotes notes;
    private final SubmissionLabels labels;
    private final long id;
    private final Div list = new Div();

    NotesPanel(long id, ItemNotes notes, SubmissionLabels labels) {
        this.id = id;
        this.notes = notes;
        this.labels = labels;
        setId("item-notes");
        setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("submission.notes.hint"));
        hint.addClassName("autosave-status");
        list.setId("item-notes-list");
        list.setWidthFull();
        add(new H3(getTranslation("submission.notes")), hint, list, form());
        showNotes();
    }

    private VerticalLayout form() {
        TextArea text = LimitedText.apply(new TextArea(getTranslation("submission.notes.text")), ItemNotes.MAX_TEXT);
        text.setId("item-note-text");
        text.setWidthFull();
        ComboBox<Mentionable> mention = new ComboBox<>(getTranslation("submission.notes.mention"));
        mention.setId("item-note-mention");
        List<Mentionable> people = notes.mentionable(id);
        mention.setItems(people);
        mention.setItemLabelGenerator(m -> m.handle() + "（" + labels.unit(m.unitCode()) + "）");
        mention.setVisible(!people.isEmpty());
        mention.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                text.setValue(withMention(text.getValue(), e.getValue().handle()));
                mention.clear();
            }
        });
        Button add = new Button(getTranslation("submission.notes.add"), e -> {
            if (LimitedText.fit(text) && Errors.attempt(this, () -> notes.add(id, text.getValue()))) {
                text.clear();
                Errors.success(this, "submission.notes.added");
                showNotes();
            }
        });
        add.setId("item-note-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(mention, add);
        actions.setAlignItems(Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(text, actions);
        form.setPadding(false);
        return form;
    }

    /** Appends "@name " with a space before it unless the text ends in one, so it is never glued to a word. */
    static String withMention(String written, String handle) {
        String before = written == null ? "" : written;
        String gap = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) ? "" : " ";
        return before + gap + "@" + handle + " ";
    }

    private void showNotes() {
        list.removeAll();
        List<ItemNote> all = notes.notes(id);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("submission.notes.none")));
        }
        for (ItemNote note : all) {
            list.add(block(note));
        }
    }

    private Div block(ItemNote note) {
        Span heading = new Span(getTranslation("submission.notes.by", note.authorName(),
                note.authorUnit() == null ? "" : labels.unit(note.authorUnit()), Formats.dateTime(note.at())));
        heading.addClassName("block-title");
        Paragraph body = new Paragraph();
        body.addClassName("user-text");
        for (ItemNote.Part part : note.parts()) {
            if (part.mention()) {
                Span mention = new Span(part.text());
                mention.addClassName("note-mention");
                body.add(mention);
            } else {
                body.getElement().appendChild(Element.createText(part.text()));
            }
        }
        Div block = new Div(heading, body);
        block.addClassName("text-block");
        block.addClassName("item-note");
        return block;
    }
}
