package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * A text field with a length limit that never cuts: no HTML {@code maxlength} (the browser would
 * drop a pasted text's tail without a word), a counter of what is left under the field, and an
 * invalid mark with a message once the text is too long. The writer keeps the whole text to shorten
 * it; the service refuses the over-long text, so nothing is saved (decision 0018).
 */
public final class LimitedText {

    private static final int TYPING_PAUSE_MS = 300;
    private static final String LENGTH = "element.value.length";

    /** The limit, the field's own helper text and the last text shown, to notice a helper set later. */
    private static final class Limit {
        final int max;
        String helper;
        String shown;

        Limit(int max) {
            this.max = max;
        }
    }

    private LimitedText() {
    }

    public static TextArea apply(TextArea field, int max) {
        field.setManualValidation(true);
        watch(field, max);
        return field;
    }

    public static TextField apply(TextField field, int max) {
        field.setManualValidation(true);
        watch(field, max);
        return field;
    }

    /** True when every given field fits its limit; an over-long one is marked (it already is while typing). */
    @SafeVarargs
    public static boolean fit(TextFieldBase<?, String>... fields) {
        boolean all = true;
        for (TextFieldBase<?, String> field : fields) {
            all &= show(field);
        }
        return all;
    }

    private static void watch(TextFieldBase<?, String> field, int max) {
        ComponentUtil.setData(field, Limit.class, new Limit(max));
        // While typing only the length travels (not the text), and the field keeps its own value sync.
        field.getElement().addEventListener("input", e -> show(field, e.getEventData().get(LENGTH).asInt()))
                .addEventData(LENGTH).debounce(TYPING_PAUSE_MS);
        field.addValueChangeListener(e -> show(field));
        field.addAttachListener(e -> show(field));
        show(field);
    }

    private static boolean show(TextFieldBase<?, String> field) {
        String value = field.getValue();
        return show(field, value == null ? 0 : value.length());
    }

    private static boolean show(TextFieldBase<?, String> field, int length) {
        Limit limit = ComponentUtil.getData(field, Limit.class);
        if (limit == null) {
            return true;
        }
        String current = field.getHelperText();
        if (current != null && !current.isBlank() && !current.equals(limit.shown)) {
            limit.helper = current;
        }
        int left = limit.max - length;
        String counter = left >= 0 ? field.getTranslation("text.left", left) : field.getTranslation("text.over", -left);
        limit.shown = limit.helper == null ? counter : limit.helper + " · " + counter;
        field.setHelperText(limit.shown);
        field.setInvalid(left < 0);
        field.setErrorMessage(left < 0 ? field.getTranslation("text.tooLong", limit.max, -left) : null);
        return left >= 0;
    }
}
