package cn.ezhou.yshj.drafts.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.drafts.SavedDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autosave for one form: the fields are saved as the user's draft a moment after typing stops, the
 * draft is put back when the form opens again, and a status line says when it was last saved. A
 * text field's typing is watched by a debounced {@code input} listener that carries the text, so a
 * long text is not sent with every keystroke; the field's own value sync is left as it is. (Making
 * the field itself lazy would lose the last words typed when the writer clicks "send" within the
 * pause.) Add this bar to the form, attach the fields, call {@link #resume()}, and
 * {@link #discard()} once the form was sent.
 */
public class Autosave extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(Autosave.class);
    private static final int PAUSE_MS = 1200;
    private static final String TYPED = "element.value";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(Formats.CITY_ZONE);

    private final DraftService drafts;
    private final String form;
    private final long target;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private final Span status = new Span();
    private final Button startAfresh = new Button();
    private Map<String, String> beforeResume = Map.of();
    private boolean filling;

    public Autosave(DraftService drafts, String form, long target) {
        this.drafts = drafts;
        this.form = form;
        this.target = target;
        setPadding(false);
        setAlignItems(Alignment.BASELINE);
        status.addClassNames("autosave-status", "draft-status");
        status.getElement().setAttribute("aria-live", "polite");
        startAfresh.setText(getTranslation("drafts.discard"));
        startAfresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        startAfresh.setVisible(false);
        startAfresh.addClickListener(e -> startAfresh());
        add(status, startAfresh);
    }

    /** Saves a text field when typing pauses, and whenever its value reaches the server. */
    public <F extends Component & HasValue<?, String>> Autosave text(String name, F field) {
        field.getElement().addEventListener("input", e -> {
            if (!filling) {
                save(Map.of(name, e.getEventData().get(TYPED).asString()));
            }
        }).addEventData(TYPED).debounce(PAUSE_MS);
        return choice(name, field, Function.identity(), Function.identity());
    }

    /** Saves any other field, written to and read from text. */
    public <T> Autosave choice(String name, HasValue<?, T> field, Function<T, String> write, Function<String, T> read) {
        fields.put(name, new Field<>(field, write, read));
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && !filling) {
                save();
            }
        });
        return this;
    }

    /** Puts the user's saved draft, if any, back into the fields. */
    public Autosave resume() {
        drafts.load(form, target).ifPresent(draft -> {
            beforeResume = values();
            fill(draft.fields());
            status.setText(getTranslation("drafts.resumed", TIME.format(draft.savedAt())));
            startAfresh.setVisible(true);
        });
        return this;
    }

    /** Saves the fields now, e.g. before the user leaves the form on purpose. */
    public void save() {
        save(Map.of());
    }

    /** Saves the fields, with what the browser reports as typed in place of the server's values. */
    private void save(Map<String, String> typed) {
        Map<String, String> values = values();
        values.putAll(typed);
        try {
            shown(drafts.save(form, target, values));
            startAfresh.setVisible(true);
        } catch (RuntimeException e) {
            // The form stays usable: the writer is told the draft was not kept, and why when known.
            log.warn("Draft of {} #{} not saved: {}", form, target, e.toString());
            String why = Errors.message(this, e);
            status.setText(getTranslation("drafts.notSaved") + (why == null ? "" : " " + why));
        }
    }

    /** Forgets the draft: the form was sent. */
    public void discard() {
        drafts.discard(form, target);
        status.setText("");
        startAfresh.setVisible(false);
    }

    private void startAfresh() {
        fill(beforeResume);
        discard();
    }

    private void shown(SavedDraft saved) {
        status.setText(getTranslation("drafts.saved", time(saved.savedAt())));
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, f) -> values.put(name, f.text()));
        return values;
    }

    private void fill(Map<String, String> values) {
        filling = true;
        try {
            values.forEach((name, value) -> {
                Field<?> f = fields.get(name);
                if (f != null) {
                    f.fill(value);
                }
            });
        } finally {
            filling = false;
        }
    }

    private record Field<T>(HasValue<?, T> field, Function<T, String> write, Function<String, T> read) {

        String text() {
            T value = field.getValue();
            String text = value == null ? null : write.apply(value);
            return text == null ? "" : text;
        }

        void fill(String text) {
            T value;
            try {
                value = text.isEmpty() ? field.getEmptyValue() : read.apply(text);
            } catch (RuntimeException e) {
                value = null; // a choice that no longer exists: the user picks again
            }
            field.setValue(value == null ? field.getEmptyValue() : value);
        }
    }
}
