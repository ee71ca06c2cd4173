package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.consultation.internal.WindowRules;
import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.consultation.text.DraftPart;
import cn.ezhou.yshj.consultation.text.PartKind;
import cn.ezhou.yshj.consultation.text.SplitResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic split of a pasted text, shown part by part so the drafter can correct it: change
 * a part's kind, label or text, merge a part into the one before it, or remove it.
 */
class PartsEditor extends VerticalLayout {

    private final List<DraftPart> parts = new ArrayList<>();
    private final Paragraph notice = new Paragraph();
    private final Div rows = new Div();

    PartsEditor() {
        setPadding(false);
        notice.addClassName("form-hint");
        notice.setId("split-notice");
        rows.setWidthFull();
        add(notice, rows);
    }

    void split(String text) {
        parts.clear();
        if (text == null || text.isBlank()) {
            notice.setText(getTranslation("consultation.split.empty"));
        } else {
            SplitResult result = ArticleSplitter.split(text);
            parts.addAll(result.parts());
            long articles = parts.stream().filter(p -> p.kind() == PartKind.ARTICLE).count();
            notice.setText(result.structured() ? getTranslation("consultation.split.found", articles, parts.size())
                    : getTranslation("consultation.split.unstructured"));
        }
        render();
    }

    /** Forgets the split (the text changed), so it is made again from the new text. */
    void clear() {
        parts.clear();
        notice.setText("");
        render();
    }

    List<DraftPart> parts() {
        return List.copyOf(parts);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < parts.size(); i++) {
            rows.add(row(i));
        }
    }

    private Div row(int index) {
        DraftPart part = parts.get(index);
        ComboBox<PartKind> kind = new ComboBox<>();
        kind.setItems(PartKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("consultation.part." + k));
        kind.setValue(part.kind());
        kind.setWidth("9em");
        TextField label = new TextField();
        label.setValue(part.label() == null ? "" : part.label());
        label.setPlaceholder(getTranslation("consultation.part.label"));
        label.setWidth("8em");
        LimitedText.apply(label, 40);
        TextField title = new TextField();
        title.setValue(part.title() == null ? "" : part.title());
        title.setPlaceholder(getTranslation("consultation.part.title"));
        LimitedText.apply(title, 200);
        TextArea body = new TextArea();
        body.setValue(part.body());
        body.setWidthFull();
        LimitedText.apply(body, WindowRules.MAX_PART_LENGTH);
        body.setVisible(!part.body().isEmpty() || part.commentable());
        Runnable save = () -> parts.set(index, new DraftPart(kind.getValue() == null ? part.kind() : kind.getValue(),
                part.number(), blankToNull(label.getValue()), blankToNull(title.getValue()), body.getValue()));
        kind.addValueChangeListener(e -> save.run());
        label.addValueChangeListener(e -> save.run());
        title.addValueChangeListener(e -> save.run());
        body.addValueChangeListener(e -> save.run());
        Button merge = new Button(VaadinIcon.ARROW_UP.create(), e -> merge(index));
        merge.setTooltipText(getTranslation("consultation.part.merge"));
        merge.setAriaLabel(getTranslation("consultation.part.merge"));
        merge.setEnabled(index > 0);
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            parts.remove(index);
            render();
        });
        remove.setTooltipText(getTranslation("consultation.part.remove"));
        remove.setAriaLabel(getTranslation("consultation.part.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout head = new HorizontalLayout(kind, label, title, merge, remove);
        head.setWrap(true);
        head.setAlignItems(Alignment.BASELINE);
        Div row = new Div(head, body);
        row.addClassName("part-row");
        return row;
    }

    /** Appends a part's heading and text to the part before it (a wrongly split line). */
    private void merge(int index) {
        DraftPart previous = parts.get(index - 1);
        DraftPart part = parts.remove(index);
        String moved = String.join(" ", nonBlank(part.label(), part.title(), part.body()));
        String body = previous.body().isEmpty() ? moved : previous.body() + "\n" + moved;
        parts.set(index - 1, new DraftPart(previous.kind(), previous.number(), previous.label(), previous.title(), body));
        render();
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
