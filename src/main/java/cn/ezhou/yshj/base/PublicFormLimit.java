package cn.ezhou.yshj.base;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client address may send an anonymous form (the observer application, an
 * objection): {@code portal.public-forms.limit} per {@code portal.public-forms.period}, per form.
 * Token buckets ({@link ClientBuckets}) kept in memory, for the most recently seen addresses; the
 * portal's clock drives them. A call outside a web request (a job, an internal call) is not a
 * visitor and is not limited, nor is an address listed in {@code portal.public-forms.unlimited-addresses} (e.g. the
 * office's own network, where many people share one address).
 */
@Component
public class PublicFormLimit {

    private final Set<String> unlimited;
    private final ClientBuckets buckets;

    PublicFormLimit(Clock clock, @Value("${portal.public-forms.limit:5}") int limit,
                    @Value("${portal.public-forms.period:1h}") Duration period,
                    @Value("${portal.public-forms.unlimited-addresses:}") Set<String> unlimited) {
        this.unlimited = Set.copyOf(unlimited);
        this.buckets = new ClientBuckets(clock, limit, period);
    }

    /** Counts one sending of the form from the current client; refuses it once the address is over its limit. */
    public void take(String form) {
        ClientAddress.current().filter(address -> !unlimited.contains(address)).ifPresent(address -> {
            ConsumptionProbe probe = buckets.take(form + " " + address);
            if (!probe.isConsumed()) {
                long minutes = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() / 60 + 1);
                throw new Refusal("publicForm.error.tooMany", minutes);
            }
        });
    }
}
