package ledger.projections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What the read models of one unit of work (a segment's batch of events, a retried dead letter) will write,
 * held in memory and written when the unit of work prepares its commit, in its transaction (ADR 31). Each
 * read model keeps its share in a {@link Part}: the rows it read and changed, what it adds, and it writes them
 * as a few JDBC batches instead of a statement or two per event, which on PostgreSQL are a round trip each.
 * The parts are written in the order they were first used. A unit of work that rolls back takes them with it.
 */
public final class PendingWrites {

    /** One read model's share of a unit of work's writes. */
    public interface Part {

        /** Writes what it holds in the current transaction, and then holds nothing more to write. */
        void write();
    }

    private static final String RESOURCE = PendingWrites.class.getName();

    private final Map<Class<? extends Part>, Part> parts = new LinkedHashMap<>();

    private PendingWrites() {
    }

    /**
     * The current unit of work's part of this type, made by {@code created} (given the root unit of work, whose
     * messages it may read ahead for) the first time it is asked for.
     *
     * @throws IllegalStateException outside a unit of work: Axon delivers every event in one
     */
    public static <P extends Part> P of(Class<P> type, Function<UnitOfWork<?>, P> created) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("the read models are written in a unit of work, as Axon delivers events");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        PendingWrites writes = root.getOrComputeResource(RESOURCE, key -> {
            PendingWrites made = new PendingWrites();
            root.onPrepareCommit(unitOfWork -> made.writeAll());
            return made;
        });
        return type.cast(writes.parts.computeIfAbsent(type, key -> created.apply(root)));
    }

    /** The current unit of work's part of this type, if it has one yet. */
    public static <P extends Part> Optional<P> find(Class<P> type) {
        return current().map(writes -> writes.parts.get(type)).map(type::cast);
    }

    /**
     * Writes at once what the current unit of work holds: one handler's writes, inside the savepoint that undoes
     * them if they fail, so the event that caused the failure is the one parked.
     */
    public static void writeNow() {
        current().ifPresent(PendingWrites::writeAll);
    }

    /**
     * Forgets what the current unit of work holds and every row its parts read: after a handler failed, whose
     * changes the rollback of its savepoint undoes in the database, so the next handler reads the rows again.
     */
    public static void discard() {
        current().ifPresent(writes -> writes.parts.clear());
    }

    private static Optional<PendingWrites> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(RESOURCE));
    }

    private void writeAll() {
        parts.values().forEach(Part::write);
    }
}
