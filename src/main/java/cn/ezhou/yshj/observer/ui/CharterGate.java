package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.observer.CharterService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An observer who has not acknowledged the current charter is led to the acknowledgement from any page. */
@Component
class CharterGate implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALLOWED = Set.of(AcknowledgeCharterView.class, CharterView.class);
    private final CharterService charters;

    CharterGate(CharterService charters) {
        this.charters = charters;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (!ALLOWED.contains(enter.getNavigationTarget()) && charters.acknowledgementPending()) {
                enter.rerouteTo(AcknowledgeCharterView.class);
            }
        }));
    }
}
