package ledger.app.projections;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness component {@code projections}: while a rebuild replays, the read models show a past state and writes do not
 * wait for them, so a load balancer should send traffic to another node until the replay is done.
 */
@Component
class ProjectionsHealthIndicator implements HealthIndicator {

    private final Projections projections;

    ProjectionsHealthIndicator(Projections projections) {
        this.projections = projections;
    }

    @Override
    public Health health() {
        if (projections.isRebuilding()) {
            return Health.outOfService().withDetail("rebuilding", true).build();
        }
        return Health.up().build();
    }
}
