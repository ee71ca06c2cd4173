package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.MarkedWords;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A passage with its matched words shown as {@code <mark>}. The text is only ever set as text,
 * never as HTML, so whatever a person wrote stays inert.
 */
public final class MarkedText extends Span {

    public MarkedText(String marked) {
        Element root = getElement();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(MarkedWords.START, at);
            if (start < 0) {
                root.appendChild(Element.createText(marked.substring(at)));
                break;
            }
            int end = marked.indexOf(MarkedWords.END, start);
            if (end < 0) {
                end = marked.length();
            }
            root.appendChild(Element.createText(marked.substring(at, start)));
            root.appendChild(new Element("mark").setText(marked.substring(start + 1, end)));
            at = end + 1;
        }
    }
}
