package ledger.app.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code ledger.projections.dead.letters{processor}}: the events a read model holds parked; alert above 0. */
@Component
class DeadLetterMetrics implements MeterBinder {

    static final String PARKED_EVENTS = "ledger.projections.dead.letters";

    private final DeadLetters deadLetters;

    DeadLetterMetrics(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : deadLetters.processors()) {
            Gauge.builder(PARKED_EVENTS, deadLetters, letters -> letters.count(processor).events())
                    .tag("processor", processor)
                    .description("events the read models could not apply, parked until retried or evicted")
                    .baseUnit("events")
                    .register(registry);
        }
    }
}
