package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts the Vaadin UIs (open browser tabs of the portal) live in this instance, for the gauge
 * {@code portal.vaadin.uis.open}: one more when a UI starts, one fewer when it is detached (the tab
 * closed, its heartbeats stopped, or its session ended).
 */
@Component
class OpenUis implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> counted(init.getUI()));
    }

    private void counted(UI ui) {
        open.incrementAndGet();
        Registration[] detach = new Registration[1];
        detach[0] = ui.addDetachListener(event -> {
            // Once per UI, should a detach ever be announced twice.
            detach[0].remove();
            open.decrementAndGet();
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.vaadin.uis.open", open, AtomicInteger::get)
                .description("Vaadin UIs (open browser tabs of the portal) live in this instance")
                .strongReference(true).register(registry);
    }
}
