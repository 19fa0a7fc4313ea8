package ledger.app.accounts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import ledger.app.config.LedgerProperties;
import ledger.app.projections.DeadLetters;
import ledger.app.logging.PersonIds;
import ledger.app.projections.Projections;
import ledger.payment.Payment;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.account.AccountReadModels;
import ledger.projections.reconciliation.InstitutionDays;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the HTTP API: after a write, waits (bounded) until the account's read models
 * have taken in the account's last event, and a payment's booking for the daily reconciliation (fed by
 * the payment's own stream, which may be handled in another segment), so the next read shows what was
 * just written. During a
 * projection rebuild, and for an account whose events a read model parked, it does not wait; the
 * write itself is durable.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);
    private static final long POLL_MILLIS = 2;
    /** Every so many polls (and before the first), whether the account's events were parked meanwhile. */
    private static final int PARKED_CHECK_POLLS = 25;

    private final EventStore eventStore;
    private final AccountReadModels readModels;
    private final InstitutionDays bookings;
    private final Duration timeout;

    private final Projections projections;
    private final DeadLetters deadLetters;
    /** How long writes wait for the read models: the lag a caller feels (docs/operations.md#monitoring). */
    private final Timer waits;

    ReadModelCatchUp(EventStore eventStore, AccountReadModels readModels, InstitutionDays bookings,
                     LedgerProperties properties, Projections projections, DeadLetters deadLetters,
                     MeterRegistry registry) {
        this.eventStore = eventStore;
        this.readModels = readModels;
        this.bookings = bookings;
        this.timeout = properties.readYourWritesTimeout();
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.waits = Timer.builder("ledger.read-your-writes.wait")
                .description("a write's wait for the account read models to show it").register(registry);
    }

    public void awaitAccounts(java.util.Collection<String> personIds) {
        personIds.forEach(this::awaitAccount);
    }

    public void awaitAccount(String personId) {
        long target = eventStore.lastSequenceNumberFor(personId).orElse(-1L);
        await(personId, () -> seen(personId) >= target, "event " + target);
    }

    /** {@code lineId}: the payment id for its settlement, the refund's id for a refund. */
    public void awaitBooking(String paymentId, String lineId) {
        await(Payment.streamId(paymentId), () -> bookings.holds(paymentId, lineId), "the booking of " + lineId);
    }

    private void await(String stream, BooleanSupplier shown, String what) {
        if (projections.isReplaying(AccountReadModelProjection.PROCESSING_GROUP)) {
            return;
        }
        waits.record(() -> waitUntil(stream, shown, what));
    }

    private void waitUntil(String stream, BooleanSupplier shown, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int polls = 0; !shown.getAsBoolean(); polls++) {
            if (polls % PARKED_CHECK_POLLS == 0 && deadLetters.isParked(stream)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                log.warn("read models of {} are behind {} after {}; answering anyway", PersonIds.masked(stream),
                        what, timeout);
                return;
            }
            pause();
        }
    }

    private long seen(String personId) {
        OptionalLong last = readModels.lastSequence(personId);
        return last.isPresent() ? last.getAsLong() : -1L;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }
}
