package ledger.app.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import ledger.app.eventstore.EventTable;
import ledger.app.http.LedgerHttp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of Axon's event table as an auditor with database access sees them: payload and metadata
 * as the stored text, read straight with SQL so that nothing of the application interprets them.
 */
public final class EventRows {

    /** A bound on what one test reads back. */
    private static final int MAX_ROWS = 20_000;

    private EventRows() {
    }

    public record Row(long globalIndex, String aggregateId, long sequence, String payloadType, String payload,
                      String metaData) {

        /** The payload type without its package, e.g. {@code AccountDebited}. */
        public String type() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }

        public JsonNode json() {
            try {
                return LedgerHttp.json().readTree(payload);
            } catch (JsonProcessingException e) {
                throw new AssertionError("the payload of " + this + " is not JSON", e);
            }
        }

        @Override
        public String toString() {
            return aggregateId + "#" + sequence + " " + type() + " (global " + globalIndex + ")";
        }
    }

    /** Every event of these aggregates, in the order they were appended (global index). */
    public static List<Row> of(JdbcTemplate jdbc, Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        String placeholders = aggregateIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return jdbc.query("""
                SELECT global_index, aggregate_identifier, sequence_number, payload_type, payload, meta_data
                FROM %s WHERE aggregate_identifier IN (%s)
                ORDER BY global_index FETCH FIRST %d ROWS ONLY""".formatted(EventTable.NAME, placeholders, MAX_ROWS),
                (row, n) -> new Row(row.getLong("global_index"), row.getString("aggregate_identifier"),
                        row.getLong("sequence_number"), row.getString("payload_type"), text(row.getBytes("payload")),
                        text(row.getBytes("meta_data"))),
                aggregateIds.toArray());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
