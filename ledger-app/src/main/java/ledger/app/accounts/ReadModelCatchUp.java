package ledger.app.accounts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import ledger.app.config.LedgerProperties;
import ledger.app.projections.CommittedStreams;
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
 * just written. It checks at each commit of the stream's events by this node's read models
 * ({@link CommittedStreams}) and every {@value #CHECK_MILLIS} ms. During a projection rebuild, and for
 * an account whose events a read model parked, it does not wait; the write itself is durable.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);
    /**
     * How long a wait goes without a commit of its stream before it checks the read model anyway: the
     * stream's segment may run on another node, which signals nothing here (CommittedStreams).
     */
    private static final long CHECK_MILLIS = 10;
    /** Whether the stream's events were parked is asked at a commit of the stream, and else this often. */
    private static final long PARKED_CHECK_NANOS = 50_000_000L;

    private final EventStore eventStore;
    private final AccountReadModels readModels;
    private final InstitutionDays bookings;
    private final Duration timeout;

    private final Projections projections;
    private final DeadLetters deadLetters;
    private final CommittedStreams committed;
    /** How long writes wait for the read models: the lag a caller feels (docs/operations.md#monitoring). */
    private final Timer waits;

    ReadModelCatchUp(EventStore eventStore, AccountReadModels readModels, InstitutionDays bookings,
                     LedgerProperties properties, Projections projections, DeadLetters deadLetters,
                     CommittedStreams committed, MeterRegistry registry) {
        this.eventStore = eventStore;
        this.readModels = readModels;
        this.bookings = bookings;
        this.timeout = properties.readYourWritesTimeout();
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.committed = committed;
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
        try (CommittedStreams.Watch watch = committed.watch(stream)) {
            long commits = watch.commits();
            boolean committedMeanwhile = true;
            long parkedChecked = 0;
            while (!shown.getAsBoolean()) {
                long now = System.nanoTime();
                if (committedMeanwhile || now - parkedChecked >= PARKED_CHECK_NANOS) {
                    if (deadLetters.isParked(stream)) {
                        return;
                    }
                    parkedChecked = now;
                }
                if (now > deadline) {
                    log.warn("read models of {} are behind {} after {}; answering anyway", PersonIds.masked(stream),
                            what, timeout);
                    return;
                }
                long seen = commits;
                commits = watch.await(seen, CHECK_MILLIS);
                committedMeanwhile = commits != seen;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }

    private long seen(String personId) {
        OptionalLong last = readModels.lastSequence(personId);
        return last.isPresent() ? last.getAsLong() : -1L;
    }

}
