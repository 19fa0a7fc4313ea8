package ledger.app.projections;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code deadLetters}: DOWN while any read model holds a parked event, so the readiness probe takes the
 * node out of service until an operator has retried or evicted it (docs/operations.md "Dead letters").
 */
@Component
class DeadLettersHealthIndicator implements HealthIndicator {

    private final DeadLetters deadLetters;

    DeadLettersHealthIndicator(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (String processor : deadLetters.processors()) {
            DeadLetters.Count count = deadLetters.count(processor);
            if (count.events() > 0) {
                health.down();
            }
            health.withDetail(processor, count);
        }
        return health.build();
    }
}
