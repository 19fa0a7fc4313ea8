package ledger.app.payments;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Settlements counted as they leave the ledger: settled (new ones, not repeats) and refused by
 * problem code, for the ledger's own API and the national 2207 adapter alike.
 */
@Component
public class SettlementMetrics {

    /** The ledger's own settlement API. */
    public static final String LEDGER_API = "ledger";
    /** The national platform's 2207/2208 messages. */
    public static final String NATIONAL = "national";

    private final MeterRegistry registry;

    SettlementMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void settled(String channel) {
        Counter.builder("ledger.payments.settled").tag("interface", channel)
                .description("settlements newly booked").register(registry).increment();
    }

    public void refused(String channel, String problem) {
        Counter.builder("ledger.payments.refused").tag("interface", channel).tag("problem", problem)
                .description("settlement requests refused, by problem code").register(registry).increment();
    }
}
