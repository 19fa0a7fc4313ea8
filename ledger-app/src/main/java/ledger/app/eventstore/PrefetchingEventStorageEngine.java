package ledger.app.eventstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage, able to read the streams of many aggregates in two statements instead
 * of two per aggregate. {@link #prefetch} loads them into the current unit of work; loads of those
 * aggregates in that unit of work are then answered from memory until it commits, when the events it
 * appended make the prefetched streams stale. Everything else is Axon's engine unchanged.
 */
public class PrefetchingEventStorageEngine extends JdbcEventStorageEngine {

    public PrefetchingEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    /** Reads the latest snapshot and the events from it on of each aggregate, for the current unit of work. */
    public void prefetch(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        Map<String, DomainEventData<?>> snapshots = latestSnapshots(aggregateIds);
        PrefetchedStreams streams = new PrefetchedStreams(snapshots, eventsFromSnapshots(aggregateIds, snapshots));
        PrefetchedStreams.attachToCurrentUnitOfWork(streams);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        return PrefetchedStreams.holding(aggregateId)
                .<Stream<? extends DomainEventData<?>>>map(streams -> streams.events(aggregateId, firstSequenceNumber))
                .orElseGet(() -> super.readEventData(aggregateId, firstSequenceNumber));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        return PrefetchedStreams.holding(aggregateId)
                .<Stream<? extends DomainEventData<?>>>map(streams -> streams.snapshot(aggregateId))
                .orElseGet(() -> super.readSnapshotData(aggregateId));
    }

    private Map<String, DomainEventData<?>> latestSnapshots(Collection<String> aggregateIds) {
        String sql = "SELECT " + domainEventFields() + " FROM " + schema().snapshotTable()
                + " WHERE " + schema().aggregateIdentifierColumn() + " IN (" + placeholders(aggregateIds.size()) + ")";
        Map<String, DomainEventData<?>> latest = new HashMap<>();
        for (DomainEventData<?> snapshot : query(sql, aggregateIds, this::getSnapshotData)) {
            latest.merge(snapshot.getAggregateIdentifier(), snapshot,
                    (a, b) -> a.getSequenceNumber() >= b.getSequenceNumber() ? a : b);
        }
        return latest;
    }

    /**
     * The events of each aggregate from its snapshot's sequence number on (the snapshot's own event is
     * read too: it carries the stream's last hash when nothing followed the snapshot), in one statement.
     */
    private Map<String, List<DomainEventData<?>>> eventsFromSnapshots(Collection<String> aggregateIds,
                                                                      Map<String, DomainEventData<?>> snapshots) {
        String values = aggregateIds.stream().map(id -> "(?, CAST(? AS BIGINT))").collect(Collectors.joining(", "));
        String sql = "SELECT " + domainEventFields() + " FROM " + schema().domainEventTable()
                + " JOIN (VALUES " + values + ") AS wanted(stream_id, from_sequence)"
                + " ON " + schema().aggregateIdentifierColumn() + " = wanted.stream_id"
                + " AND " + schema().sequenceNumberColumn() + " >= wanted.from_sequence"
                + " ORDER BY " + schema().aggregateIdentifierColumn() + ", " + schema().sequenceNumberColumn();
        List<Object> parameters = new ArrayList<>();
        for (String id : aggregateIds) {
            parameters.add(id);
            DomainEventData<?> snapshot = snapshots.get(id);
            parameters.add(snapshot == null ? 0L : snapshot.getSequenceNumber());
        }
        Map<String, List<DomainEventData<?>>> streams = new HashMap<>();
        aggregateIds.forEach(id -> streams.put(id, new ArrayList<>()));
        for (DomainEventData<?> event : query(sql, parameters, this::getDomainEventData)) {
            streams.get(event.getAggregateIdentifier()).add(event);
        }
        return streams;
    }

    private interface RowReader {
        DomainEventData<?> read(ResultSet row) throws SQLException;
    }

    private List<DomainEventData<?>> query(String sql, Collection<?> parameters, RowReader reader) {
        return JdbcUtils.executeQuery(getConnection(), connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return statement;
        }, rows -> {
            List<DomainEventData<?>> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        }, e -> new IllegalStateException("prefetching event streams failed", e));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
