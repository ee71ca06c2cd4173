package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.ObserverRights;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** Shown in place of an action a suspended, expired or dismissed observer may no longer take, saying why. */
public final class RightsNotice {

    public static final String ID = "observer-rights-notice";

    private RightsNotice() {
    }

    /** The notice for the current user, or empty when the user may act. */
    public static Optional<Paragraph> of(Component c, ObserverRights rights) {
        return rights.refusalKey().map(key -> {
            Paragraph notice = new Paragraph(c.getTranslation(key));
            notice.setId(ID);
            notice.addClassName("form-hint");
            return notice;
        });
    }
}
