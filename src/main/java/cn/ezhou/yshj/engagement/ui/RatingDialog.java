package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.engagement.RatingCommand;
import cn.ezhou.yshj.engagement.RatingDesk;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;

/** Rating one department: a score 1–5 for each dimension and an optional comment; sent once. */
class RatingDialog extends Dialog {

    RatingDialog(RatingDesk ratings, long roundId, String unit, String unitName, List<String> dimensions, Runnable done) {
        setHeaderTitle(getTranslation("round.rate.title", unitName));
        setWidth("min(32rem, 100vw)");
        List<RadioButtonGroup<Integer>> scores = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(dimensions.get(i));
            group.setItems(1, 2, 3, 4, 5);
            group.setId("score-" + i);
            scores.add(group);
            add(group);
        }
        Paragraph scale = new Paragraph(getTranslation("round.scale"));
        scale.addClassName("form-hint");
        TextArea comment = new TextArea(getTranslation("round.comment"));
        LimitedText.apply(comment, 1000);
        comment.setWidthFull();
        comment.setId("rating-comment");
        Paragraph privacy = new Paragraph(getTranslation("round.rate.privacy"));
        privacy.addClassName("form-hint");
        add(scale, comment, privacy);
        Button send = new Button(getTranslation("round.rate.send"), e -> {
            List<Integer> values = scores.stream().map(RadioButtonGroup::getValue).toList();
            if (Errors.attempt(this, () -> ratings.rate(roundId, new RatingCommand(unit, values, comment.getValue())))) {
                Errors.success(this, "round.rate.sent");
                close();
                done.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("rating-send");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }
}
