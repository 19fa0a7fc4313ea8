package ledger.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ledger.app.eventstore.EventTable;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.http.LedgerHttp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's event rows as an auditor with SQL access sees them, and the hash chain recomputed from them
 * by hand, exactly as docs/audit.md "Verifying an account by hand" describes it. Nothing of the
 * application is used here, so the tests check its chain against an independent reading of the rule.
 * Also the tampering an operator with SQL access could do, and its undoing.
 */
final class StoredEventRows {

    static final String GENESIS = "0".repeat(64);
    private static final String UNIT_SEPARATOR = "\u001f";
    private static final String RECORD_SEPARATOR = "\u001e";

    private final JdbcTemplate jdbc;

    StoredEventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the event table ({@link EventTable#NAME}), as stored. */
    record Row(long sequence, String aggregateType, String timestamp, String payloadType, String payloadRevision,
               byte[] payload, byte[] metaData) {

        JsonNode meta() {
            return json(metaData);
        }

        JsonNode payloadJson() {
            return json(payload);
        }

        String actor() {
            return meta().path(MetaDataKeys.ACTOR).asText(null);
        }

        String hash() {
            return meta().path("hash").asText(null);
        }

        String previousHash() {
            return meta().path("previousHash").asText(null);
        }

        String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /** Every column of a row, to put a deleted row back exactly as it was. */
    record WholeRow(long globalIndex, String aggregateId, long sequence, String type, String eventIdentifier,
                    byte[] metaData, byte[] payload, String payloadRevision, String payloadType, String timestamp) {
    }

    /** Step 1 of the manual check: the stream's rows in sequence order. */
    List<Row> of(String aggregateId) {
        return jdbc.query("""
                SELECT sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
                FROM %s WHERE aggregate_identifier = ? ORDER BY sequence_number""".formatted(EventTable.NAME),
                (row, n) -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBytes(6), row.getBytes(7)), aggregateId);
    }

    Row row(String aggregateId, long sequence) {
        return of(aggregateId).stream().filter(row -> row.sequence() == sequence).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + sequence + " of " + aggregateId));
    }

    /**
     * Step 4: SHA-256 over the previous hash as ASCII, then the canonical form: the UTF-8 text
     * {@code aggregateId␟sequence␟aggregateType␟timestamp␟payloadType␟payloadRevision␟actor␞} (empty
     * text for a missing value) followed by the payload bytes exactly as stored; lower-case hex.
     */
    static String recomputedHash(String previousHash, String aggregateId, Row row, String actor) {
        String header = String.join(UNIT_SEPARATOR, aggregateId, Long.toString(row.sequence()),
                orEmpty(row.aggregateType()), row.timestamp(), row.payloadType(), orEmpty(row.payloadRevision()),
                orEmpty(actor)) + RECORD_SEPARATOR;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(header.getBytes(StandardCharsets.UTF_8));
            sha256.update(row.payload());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String recomputedHash(String previousHash, String aggregateId, Row row) {
        return recomputedHash(previousHash, aggregateId, row, row.actor());
    }

    // --- tampering, as someone with SQL access to the event store could do it ---

    void replacePayload(String aggregateId, long sequence, byte[] payload) {
        int updated = jdbc.update("UPDATE " + EventTable.NAME + " SET payload = ? WHERE aggregate_identifier = ? "
                        + "AND sequence_number = ?",
                statement -> {
                    statement.setBytes(1, payload);
                    statement.setString(2, aggregateId);
                    statement.setLong(3, sequence);
                });
        if (updated != 1) {
            throw new AssertionError("event " + sequence + " of " + aggregateId + " was not updated");
        }
    }

    void replaceMetaData(String aggregateId, long sequence, byte[] metaData) {
        int updated = jdbc.update("UPDATE " + EventTable.NAME + " SET meta_data = ? WHERE aggregate_identifier = ? "
                        + "AND sequence_number = ?",
                statement -> {
                    statement.setBytes(1, metaData);
                    statement.setString(2, aggregateId);
                    statement.setLong(3, sequence);
                });
        if (updated != 1) {
            throw new AssertionError("event " + sequence + " of " + aggregateId + " was not updated");
        }
    }

    /** The stored metadata with its {@code hash} replaced, every other field as it was. */
    static byte[] withHash(byte[] metaData, String hash) {
        ObjectNode meta = (ObjectNode) json(metaData);
        meta.put("hash", hash);
        try {
            return LedgerHttp.json().writeValueAsBytes(meta);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    WholeRow delete(String aggregateId, long sequence) {
        WholeRow whole = jdbc.queryForObject("""
                SELECT global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                       payload, payload_revision, payload_type, time_stamp
                FROM %s WHERE aggregate_identifier = ? AND sequence_number = ?""".formatted(EventTable.NAME),
                (row, n) -> new WholeRow(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5), row.getBytes(6), row.getBytes(7), row.getString(8), row.getString(9),
                        row.getString(10)), aggregateId, sequence);
        int deleted = jdbc.update("DELETE FROM " + EventTable.NAME + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                aggregateId, sequence);
        if (deleted != 1) {
            throw new AssertionError("event " + sequence + " of " + aggregateId + " was not deleted");
        }
        return whole;
    }

    /** Puts a deleted row back with every column, its global index included. */
    void restore(WholeRow whole) {
        jdbc.update("""
                INSERT INTO %s (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(EventTable.NAME),
                statement -> {
                    statement.setLong(1, whole.globalIndex());
                    statement.setString(2, whole.aggregateId());
                    statement.setLong(3, whole.sequence());
                    statement.setString(4, whole.type());
                    statement.setString(5, whole.eventIdentifier());
                    statement.setBytes(6, whole.metaData());
                    statement.setBytes(7, whole.payload());
                    statement.setString(8, whole.payloadRevision());
                    statement.setString(9, whole.payloadType());
                    statement.setString(10, whole.timestamp());
                });
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return LedgerHttp.json().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
