package ledger.app.projections;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ledger.projections.PendingWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs the event handlers of the parking processing groups in savepoints only when a batch needs them
 * (ADR 29). A segment's batch runs without: a handler that fails there fails the whole batch, which is
 * rolled back and retried from the same token, and that retry runs every handler in a savepoint of the
 * batch's transaction. A handler that fails then is rolled back to where it began, so the event is parked
 * with no half of it applied (a balance without its statement line, one pot of two summed), and on
 * PostgreSQL the batch's transaction, which a failed statement would otherwise abort, goes on with the
 * next event. A parked event's retry, outside any batch, always runs in savepoints.
 */
final class ProjectionSavepoints implements HandlerEnhancerDefinition {

    /** {@code ledger.projections.batches.replayed{processor}}: batches rolled back to be replayed in savepoints. */
    static final String REPLAYED_BATCHES = "ledger.projections.batches.replayed";

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private static final String REPLAY_ENDS = ProjectionSavepoints.class.getName() + "/replayEnds";
    private static final String WRITES_AT_COMMIT = ProjectionSavepoints.class.getName() + "/writesAtCommit";

    private final PlatformTransactionManager transactions;
    private final List<String> groups;
    private final MeterRegistry meters;
    /** The segments ("group/segment") whose next batch runs in savepoints, until one of them commits. */
    private final Set<String> replayingInSavepoints = ConcurrentHashMap.newKeySet();

    ProjectionSavepoints(PlatformTransactionManager transactions, List<String> groups, MeterRegistry meters) {
        this.transactions = transactions;
        this.groups = List.copyOf(groups);
        this.meters = meters;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (!original.canHandleMessageType(EventMessage.class) || group == null || !groups.contains(group.value())) {
            return original;
        }
        return new SavepointedHandler<>(original, group.value());
    }

    private final class SavepointedHandler<T> extends WrappedMessageHandlingMember<T> {

        private final String group;
        private final Counter replays;

        private SavepointedHandler(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
            this.replays = Counter.builder(REPLAYED_BATCHES).tag("processor", group)
                    .description("batches of events rolled back and replayed in savepoints to park an event")
                    .register(meters);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Optional<String> batch = segmentBatch();
            if (batch.isPresent() && !replayingInSavepoints.contains(batch.get())) {
                return withoutSavepoint(message, target, batch.get());
            }
            batch.ifPresent(this::endReplayOnCommit);
            return inSavepoint(message, target);
        }

        private Object withoutSavepoint(Message<?> message, T target, String batch) throws Exception {
            writeAtCommit(batch);
            try {
                return super.handle(message, target);
            } catch (Exception failure) {
                if (ParkingPolicy.isTransient(failure)) {
                    throw failure;
                }
                throw replay(batch, "event " + message.getIdentifier() + " ("
                        + message.getPayloadType().getSimpleName() + ")", failure);
            }
        }

        /**
         * The read models' pending writes (ADR 31) are written when the batch prepares its commit, by this
         * hook, registered before any of them: a write that fails for an event's fault replays the batch in
         * savepoints too, where each handler's writes are written with it.
         */
        private void writeAtCommit(String batch) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.getOrComputeResource(WRITES_AT_COMMIT, key -> {
                root.onPrepareCommit(committing -> {
                    try {
                        PendingWrites.writeNow();
                    } catch (RuntimeException failure) {
                        if (ParkingPolicy.isTransient(failure)) {
                            throw failure;
                        }
                        throw replay(batch, "the batch's writes", failure);
                    }
                });
                return batch;
            });
        }

        /** The segment's next batch runs in savepoints; this one fails with the returned exception. */
        private ReplayInSavepoints replay(String batch, String what, Exception failure) {
            replayingInSavepoints.add(batch);
            replays.increment();
            return new ReplayInSavepoints(what, failure);
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            Object result;
            try {
                result = super.handle(message, target);
                PendingWrites.writeNow();
            } catch (Exception | Error failure) {
                PendingWrites.discard();
                transactions.rollback(savepoint);
                throw failure;
            }
            transactions.commit(savepoint);
            return result;
        }

        /**
         * The segment whose batch is being handled, or empty outside a batch (a dead letter's retry). Axon's
         * tracking processor, named after its group, keeps the segment in the batch's unit of work under
         * this key.
         */
        private Optional<String> segmentBatch() {
            if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> root)) {
                return Optional.empty();
            }
            Object segment = root.getResource("Processor[" + group + "]/SegmentId");
            return Optional.ofNullable(segment).map(id -> group + "/" + id);
        }

        /** The replay has done its work once its batch commits: the segment's next batch runs without savepoints. */
        private void endReplayOnCommit(String batch) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.getOrComputeResource(REPLAY_ENDS, key -> {
                root.afterCommit(committed -> replayingInSavepoints.remove(batch));
                return batch;
            });
        }
    }

    /**
     * Thrown for a handler that failed in a batch without savepoints: a passing failure, so the batch is
     * rolled back and retried rather than parked, and the retry parks the event.
     */
    private static final class ReplayInSavepoints extends TransientDataAccessException {

        private ReplayInSavepoints(String what, Exception failure) {
            super("a read model could not apply " + what + " in a batch without savepoints: the batch is "
                    + "rolled back and replayed with a savepoint per handler, which parks the event", failure);
        }
    }
}
