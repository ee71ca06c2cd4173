package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.submission.ItemHit;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A passage with its matched words shown as {@code <mark>}. The text is only ever set as text,
 * never as HTML, so whatever a submitter wrote stays inert.
 */
final class MarkedText extends Span {

    MarkedText(String marked) {
        Element root = getElement();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(ItemHit.MARK_START, at);
            if (start < 0) {
                root.appendChild(Element.createText(marked.substring(at)));
                break;
            }
            int end = marked.indexOf(ItemHit.MARK_END, start);
            if (end < 0) {
                end = marked.length();
            }
            root.appendChild(Element.createText(marked.substring(at, start)));
            root.appendChild(new Element("mark").setText(marked.substring(start + 1, end)));
            at = end + 1;
        }
    }
}
