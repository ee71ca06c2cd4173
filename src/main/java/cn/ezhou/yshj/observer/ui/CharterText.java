package cn.ezhou.yshj.observer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The charter shown as plain text, one paragraph a line: never as HTML. */
class CharterText extends Div {

    CharterText(String text) {
        addClassName("charter-text");
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                add(new Paragraph(line.strip()));
            }
        }
    }
}
