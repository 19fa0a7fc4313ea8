package ledger.app.eventstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                + " WHERE " + schema().aggregateIdentifierColumn() + " = ANY(CAST(? AS VARCHAR ARRAY))";
        Map<String, DomainEventData<?>> latest = new HashMap<>();
        for (DomainEventData<?> snapshot : query(sql, this::getSnapshotData,
                array("VARCHAR", aggregateIds.toArray()))) {
            latest.merge(snapshot.getAggregateIdentifier(), snapshot,
                    (a, b) -> a.getSequenceNumber() >= b.getSequenceNumber() ? a : b);
        }
        return latest;
    }

    /**
     * The events of each aggregate from its snapshot's sequence number on (the snapshot's own event is
     * read too: it carries the stream's last hash when nothing followed the snapshot), in one statement
     * whose text does not depend on how many aggregates it reads, so the database parses it once.
     */
    private Map<String, List<DomainEventData<?>>> eventsFromSnapshots(Collection<String> aggregateIds,
                                                                      Map<String, DomainEventData<?>> snapshots) {
        String sql = "SELECT " + domainEventFields() + " FROM " + schema().domainEventTable()
                + " JOIN UNNEST(CAST(? AS VARCHAR ARRAY), CAST(? AS BIGINT ARRAY)) AS wanted(stream_id, from_sequence)"
                + " ON " + schema().aggregateIdentifierColumn() + " = wanted.stream_id"
                + " AND " + schema().sequenceNumberColumn() + " >= wanted.from_sequence"
                + " ORDER BY " + schema().aggregateIdentifierColumn() + ", " + schema().sequenceNumberColumn();
        Object[] fromSequences = aggregateIds.stream()
                .map(id -> snapshots.containsKey(id) ? snapshots.get(id).getSequenceNumber() : 0L)
                .toArray();
        Map<String, List<DomainEventData<?>>> streams = new HashMap<>();
        aggregateIds.forEach(id -> streams.put(id, new ArrayList<>()));
        for (DomainEventData<?> event : query(sql, this::getDomainEventData,
                array("VARCHAR", aggregateIds.toArray()), array("BIGINT", fromSequences))) {
            streams.get(event.getAggregateIdentifier()).add(event);
        }
        return streams;
    }

    private interface RowReader {
        DomainEventData<?> read(ResultSet row) throws SQLException;
    }

    /** An SQL array parameter, made by the connection that runs the statement. */
    private record ArrayParameter(String elementType, Object[] elements) {
    }

    private static ArrayParameter array(String elementType, Object[] elements) {
        return new ArrayParameter(elementType, elements);
    }

    private List<DomainEventData<?>> query(String sql, RowReader reader, ArrayParameter... parameters) {
        return JdbcUtils.executeQuery(getConnection(), connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setArray(i + 1, connection.createArrayOf(parameters[i].elementType(), parameters[i].elements()));
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
}
