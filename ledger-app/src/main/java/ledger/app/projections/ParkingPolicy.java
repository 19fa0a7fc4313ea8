package ledger.app.projections;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Every event a projection fails on is parked (or, on a failed retry, kept parked), never dropped.
 * A transient failure (a lock wait, a deadlock, two segments starting the same row, a lost
 * connection) is no fault of the event: it is thrown on, so the segment rolls its batch back and
 * retries it, as it did before dead letters.
 * The cause kept is the innermost failure's message, told in words an operator can act on: Java
 * package names are cut down to the simple class name, and the text fits the table's column. The
 * diagnostics count the attempts.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";
    /** {@code cause_message} is VARCHAR(1023). */
    private static final int MAX_CAUSE_LENGTH = 1_000;
    /** Causes are followed this deep at most (a cause chain can loop). */
    private static final int MAX_CAUSE_DEPTH = 20;
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_$][a-z0-9_$]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern FAILURE_PREFIX = Pattern.compile("^(?:[A-Z][\\w$]*(?:Exception|Error): )+");

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        boolean parkedBefore = letter instanceof JdbcDeadLetter;
        if (!parkedBefore && isTransient(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime
                    : new TransientDataAccessResourceException("the projection failed for a passing reason", cause);
        }
        return Decisions.enqueue(cause(cause), parked -> parked.diagnostics().and(ATTEMPTS, attempts(parked) + 1));
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    /** A failure that is no fault of the event: the batch is rolled back and retried instead. */
    static boolean isTransient(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_CAUSE_DEPTH && current != null; depth++) {
            if (current instanceof TransientDataAccessException || current instanceof RecoverableDataAccessException
                    || current instanceof SQLTransientException || current instanceof SQLRecoverableException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    static ThrowableCause cause(Throwable failure) {
        Throwable innermost = failure;
        String message = failure.getMessage();
        for (int depth = 0; depth < MAX_CAUSE_DEPTH && innermost.getCause() != null; depth++) {
            innermost = innermost.getCause();
            if (innermost.getMessage() != null) {
                message = innermost.getMessage();
            }
        }
        return new ThrowableCause(innermost.getClass().getName(), readable(message));
    }

    /**
     * The text shown to operators: no package names, no leading exception names, at most
     * {@value #MAX_CAUSE_LENGTH} characters.
     */
    static String readable(String message) {
        String simple = message == null ? "" : FAILURE_PREFIX.matcher(
                QUALIFIED_NAME.matcher(message.strip()).replaceAll("$1")).replaceFirst("");
        if (simple.isBlank()) {
            return "the projection failed without saying why";
        }
        return simple.length() <= MAX_CAUSE_LENGTH ? simple : simple.substring(0, MAX_CAUSE_LENGTH);
    }
}
