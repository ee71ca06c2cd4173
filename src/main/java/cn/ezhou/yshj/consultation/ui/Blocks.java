package cn.ezhou.yshj.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Titled blocks of user text, always shown as text (line breaks kept, never as HTML). */
final class Blocks {

    private Blocks() {
    }

    static Div text(String title, String text) {
        Span heading = new Span(title);
        heading.addClassName("block-title");
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.addClassName("user-text");
        Div block = new Div(heading, body);
        block.addClassName("text-block");
        return block;
    }

    static Div fact(String label, String value) {
        Div row = new Div(new Span(label), new Span(value == null ? "" : value));
        row.addClassName("fact");
        return row;
    }
}
