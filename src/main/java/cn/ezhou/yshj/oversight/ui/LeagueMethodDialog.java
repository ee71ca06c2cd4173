package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.oversight.LeagueMethod;
import cn.ezhou.yshj.oversight.LeagueMethodCommand;
import cn.ezhou.yshj.oversight.LeagueTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** The office sets the weights, the speed score's zero point and whether observers and associations see the table. */
class LeagueMethodDialog extends Dialog {

    private final IntegerField onTime = field("league.weight.ON_TIME");
    private final IntegerField speed = field("league.weight.SPEED");
    private final IntegerField satisfaction = field("league.weight.SATISFACTION");
    private final IntegerField reopen = field("league.weight.REOPEN");
    private final IntegerField consultation = field("league.weight.CONSULTATION");
    private final IntegerField rounds = field("league.weight.ROUNDS");
    private final IntegerField zeroDays = field("league.speedZeroDays");
    private final Checkbox published = new Checkbox();

    LeagueMethodDialog(LeagueTable league, LeagueMethod method, Runnable saved) {
        setHeaderTitle(getTranslation("league.method.edit"));
        onTime.setValue(method.onTimeWeight());
        speed.setValue(method.speedWeight());
        satisfaction.setValue(method.satisfactionWeight());
        reopen.setValue(method.reopenWeight());
        consultation.setValue(method.consultationWeight());
        rounds.setValue(method.roundWeight());
        zeroDays.setValue(method.speedZeroDays());
        published.setLabel(getTranslation("league.published"));
        published.setValue(method.published());
        published.setId("league-published");
        add(new FormLayout(onTime, speed, satisfaction, reopen, consultation, rounds, zeroDays, published));
        Button save = new Button(getTranslation("common.save"), e -> Errors.attempt(this, () -> {
            league.saveMethod(new LeagueMethodCommand(method.version(), value(onTime), value(speed),
                    value(satisfaction), value(reopen), value(consultation), value(rounds), value(zeroDays),
                    published.getValue()));
            Errors.success(this, "league.method.saved");
            close();
            saved.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("league-method-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private IntegerField field(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setStepButtonsVisible(true);
        f.setId(key.replace('.', '-'));
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }
}
