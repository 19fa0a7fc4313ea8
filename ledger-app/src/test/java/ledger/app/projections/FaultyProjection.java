package ledger.app.projections;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ledger.account.event.MoneyMovement;
import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read-model projection poisoned on purpose: registered first in the read models' processing group,
 * it cannot apply the money movements of the accounts in {@link #failingFor}, and fails as a real
 * projection would, in the database, with a statement that aborts a PostgreSQL transaction.
 */
@ProcessingGroup(AccountReadModelProjection.PROCESSING_GROUP)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FaultyProjection {

    public final Set<String> failingFor = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;

    FaultyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MoneyMovement movement) {
        if (failingFor.contains(movement.personId())) {
            jdbc.queryForObject("SELECT CAST(? AS INTEGER)", Integer.class, "no month for " + movement.personId());
        }
    }

    /** Adds the projection to a ledger under test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Poison {
        @Bean
        FaultyProjection faultyProjection(JdbcTemplate jdbc) {
            return new FaultyProjection(jdbc);
        }
    }
}
