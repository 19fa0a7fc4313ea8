package ledger.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ledger.account.PersonalAccount;
import ledger.money.Balances;
import ledger.payment.InMemoryLedger;
import ledger.payment.Payment;
import ledger.payment.command.SettlePayment;
import ledger.refusal.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * The real aggregates and cross-account handlers on Axon's in-memory machinery ({@link InMemoryLedger}),
 * with what the properties need: each command's outcome as the HTTP layer would classify it, and
 * every event stream the sequence may have written to.
 */
final class LedgerUnderTest implements AutoCloseable {

    enum Outcome {
        ACCEPTED,
        /** A typed refusal or an unknown account: a 4xx answer. */
        REFUSED
    }

    /** Anything else a handler threw: a 500 answer, never a refusal. */
    static final class InternalError extends AssertionError {
        InternalError(Object command, Throwable cause) {
            super("internal error on " + command + ": " + cause, cause);
        }
    }

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Set<String> streams = new LinkedHashSet<>();
    private String lastRefusal;

    LedgerUnderTest(List<String> people) {
        streams.addAll(people);
        streams.add(Scene.UNKNOWN_PERSON);
    }

    Outcome send(Object command) {
        if (command instanceof RefusedRequest refused) {
            lastRefusal = refused.code();
            return Outcome.REFUSED;
        }
        if (command instanceof SettlePayment payment) {
            streams.add(Payment.streamId(payment.paymentId()));
        }
        try {
            ledger.send(command);
            return Outcome.ACCEPTED;
        } catch (Throwable thrown) {
            Throwable cause = thrown instanceof CommandExecutionException && thrown.getCause() != null
                    ? thrown.getCause() : thrown;
            if (cause instanceof Refusal || cause instanceof AggregateNotFoundException) {
                lastRefusal = cause instanceof Refusal refusal ? refusal.code() : "unknown-account";
                return Outcome.REFUSED;
            }
            throw new InternalError(command, cause);
        }
    }

    /** The code of the last refusal, for the counts of what a run exercised ({@link Counts}). */
    String lastRefusal() {
        return lastRefusal;
    }

    /** Every non-empty stream's events, by stream id (accounts by person id, payments by {@link Payment#streamId}). */
    Map<String, List<Object>> histories() {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (String stream : streams) {
            List<Object> events = ledger.eventsOf(stream);
            if (!events.isEmpty()) {
                histories.put(stream, new ArrayList<>(events));
            }
        }
        return histories;
    }

    /** The balances of the account as the aggregate holds them after replaying its history. */
    Balances balancesOf(String personId) throws Exception {
        return ledger.inUnitOfWork(() -> ledger.accounts().load(personId).invoke(PersonalAccount::balances));
    }

    @Override
    public void close() {
        ledger.close();
    }
}
