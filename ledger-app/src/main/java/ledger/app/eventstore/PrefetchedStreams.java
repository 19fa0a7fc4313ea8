package ledger.app.eventstore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The stored streams of a set of aggregates, read ahead for one unit of work: the latest snapshot of
 * each and the events from it on. They serve loads and the hash chain until the unit of work's own events
 * are stored (its prepare-commit phase), and are dropped then: a snapshot taken after the commit reads
 * the store again.
 */
final class PrefetchedStreams {

    private static final String RESOURCE = PrefetchedStreams.class.getName();

    private final Map<String, DomainEventData<?>> snapshots;
    private final Map<String, List<DomainEventData<?>>> events;

    PrefetchedStreams(Map<String, DomainEventData<?>> snapshots, Map<String, List<DomainEventData<?>>> events) {
        this.snapshots = snapshots;
        this.events = events;
    }

    static void attachToCurrentUnitOfWork(PrefetchedStreams streams) {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.resources().put(RESOURCE, streams);
        root.onCommit(committed -> committed.resources().remove(RESOURCE));
    }

    /** The prefetched streams of the current unit of work, if they hold this aggregate. */
    static Optional<PrefetchedStreams> holding(String aggregateId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        PrefetchedStreams streams = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return streams != null && streams.events.containsKey(aggregateId) ? Optional.of(streams) : Optional.empty();
    }

    Stream<DomainEventData<?>> events(String aggregateId, long firstSequenceNumber) {
        return events.get(aggregateId).stream().filter(event -> event.getSequenceNumber() >= firstSequenceNumber);
    }

    Stream<DomainEventData<?>> snapshot(String aggregateId) {
        return Stream.ofNullable(snapshots.get(aggregateId));
    }

    /** The stored event of this aggregate at this sequence number, if it was prefetched. */
    Optional<DomainEventData<?>> event(String aggregateId, long sequenceNumber) {
        return events(aggregateId, sequenceNumber).findFirst().filter(e -> e.getSequenceNumber() == sequenceNumber);
    }
}
