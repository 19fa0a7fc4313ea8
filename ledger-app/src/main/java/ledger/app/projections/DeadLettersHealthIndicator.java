package ledger.app.projections;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code deadLetters}: DOWN while any read model holds a parked event, so the readiness probe takes the
 * node out of service until an operator has retried or evicted it (docs/operations.md "Dead letters").
 */
@Component
class DeadLettersHealthIndicator extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;

    /** Without a database the letters cannot be counted: DOWN, as {@code db} says too, never an error. */
    DeadLettersHealthIndicator(DeadLetters deadLetters) {
        super("the parked events cannot be counted");
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up();
        for (String processor : deadLetters.processors()) {
            DeadLetters.Count count = deadLetters.count(processor);
            if (count.events() > 0) {
                health.down();
            }
            health.withDetail(processor, count);
        }
    }
}
