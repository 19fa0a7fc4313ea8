package ledger.app.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The event rows exactly as stored, with no snapshot, cache or projection in between: for the audit trail,
 * the hash chain, the projections' head position, the read models' positions (gaps
 * they may pass) and the benchmark, which also appends generated rows
 * straight into the table. The only SQL on the event table outside Axon's own engine.
 */
@Component
public class RawEvents {

    /** An account's history is read whole; this bounds it (about 80 years of monthly activity). */
    public static final int MAX_EVENTS = 100_000;

    private static final String APPEND = "INSERT INTO " + EventTable.NAME + " (aggregate_identifier, sequence_number, "
            + "type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public RawEvents(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One stored row, with what can be read from it. */
    public record Row(long sequence, String aggregateType, String timestamp, String payloadType, String payloadRevision,
                      byte[] payload, byte[] metaData) {

        public HashChain.StoredEvent stored(String aggregateId, String actor) {
            return new HashChain.StoredEvent(aggregateId, sequence, aggregateType, timestamp, payloadType,
                    payloadRevision, payload, actor);
        }

        public Instant recordedAt() {
            return Instant.parse(timestamp);
        }
    }

    /** A row to append as it is: every column the ledger writes, the global index left to the database. */
    public record NewRow(String aggregateId, long sequence, String aggregateType, String eventIdentifier,
                         byte[] metaData, byte[] payload, String payloadRevision, String payloadType, String timestamp) {

        Object[] columns() {
            return new Object[]{aggregateId, sequence, aggregateType, eventIdentifier, metaData, payload,
                    payloadRevision, payloadType, timestamp};
        }
    }

    /** An account's rows in sequence order, at most {@link #MAX_EVENTS}. */
    public List<Row> of(String aggregateId) {
        return jdbc.query("""
                SELECT sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
                FROM %s WHERE aggregate_identifier = ? AND type = 'PersonalAccount' ORDER BY sequence_number
                FETCH FIRST %d ROWS ONLY""".formatted(EventTable.NAME, MAX_EVENTS),
                (row, n) -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBytes(6), row.getBytes(7)), aggregateId);
    }

    /** The stored metadata of one event, if it is stored. */
    Optional<byte[]> metaDataAt(String aggregateId, long sequence) {
        List<byte[]> metaData = jdbc.query("SELECT meta_data FROM " + EventTable.NAME
                        + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                (row, n) -> row.getBytes(1), aggregateId, sequence);
        return metaData.stream().findFirst();
    }

    /** The global index of the newest event, -1 when the store is empty. */
    public long headPosition() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM " + EventTable.NAME, Long.class);
        return head == null ? -1 : head;
    }

    /**
     * The lowest global index stored at or above {@code fromIndex}, if any: what a read-model position
     * passes over between the two was never stored (a rolled-back insert) or is not committed yet.
     */
    public OptionalLong lowestStored(long fromIndex) {
        Long lowest = jdbc.queryForObject("SELECT MIN(global_index) FROM " + EventTable.NAME
                + " WHERE global_index >= ?", Long.class, fromIndex);
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(lowest);
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + EventTable.NAME, Long.class);
    }

    /** Reads every row with its payload, in global order, {@code fetchSize} rows at a time; answers how many. */
    public long readAll(int fetchSize) {
        JdbcTemplate reader = new JdbcTemplate(jdbc.getDataSource());
        reader.setFetchSize(fetchSize);
        long[] rows = {0};
        reader.query("SELECT global_index, aggregate_identifier, payload, meta_data FROM " + EventTable.NAME
                + " ORDER BY global_index", row -> {
                    row.getBytes(3);
                    rows[0]++;
                });
        return rows[0];
    }

    /** Appends the rows in one JDBC batch, in the caller's transaction. */
    public void append(List<NewRow> rows) {
        jdbc.batchUpdate(APPEND, rows.stream().map(NewRow::columns).toList());
    }

    /** A stored JSON column as a tree; what does not parse is shown as such, never thrown. */
    public JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            return json.getNodeFactory().textNode("unreadable: " + e.getMessage());
        }
    }
}
