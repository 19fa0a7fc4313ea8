package ledger.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/** What the read models park, and the cause operators read (ADR 13). */
class ParkingPolicyTest {

    private static final EventMessage<?> EVENT = GenericEventMessage.asEventMessage("a movement");

    private final ParkingPolicy policy = new ParkingPolicy();

    @Test
    void anEventTheProjectionCannotApplyIsParkedWithItsInnermostCauseAndOneAttempt() {
        RuntimeException failure = new DataIntegrityViolationException("PreparedStatementCallback; bad SQL",
                new SQLException("Value too long for column \"MONTH_OF CHARACTER(7)\": \"'+10000-01' (9)\""));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(new GenericDeadLetter<>("p-1", EVENT), failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage)
                .isEqualTo("Value too long for column \"MONTH_OF CHARACTER(7)\": \"'+10000-01' (9)\"");
        assertThat(ParkingPolicy.attempts(decision.withDiagnostics(new GenericDeadLetter<>("p-1", EVENT)))).isOne();
    }

    @Test
    void aTransientFailureIsNotParkedButThrownOnSoTheBatchIsRetried() {
        CannotAcquireLockException lockWait = new CannotAcquireLockException("lock timeout on fund_totals");

        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("p-1", EVENT), lockWait)).isSameAs(lockWait);
    }

    @Test
    void theCauseNamesNoJavaClass() {
        assertThat(ParkingPolicy.readable("java.lang.IllegalStateException: ledger.money.Money cannot hold 10^18 fen"))
                .isEqualTo("Money cannot hold 10^18 fen");
        assertThat(ParkingPolicy.readable(null)).isEqualTo("the projection failed without saying why");
        assertThat(ParkingPolicy.readable("x".repeat(5_000))).hasSize(1_000);
    }
}
