package ledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ledger.account.event.AccountEvent;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one account's event rows exactly as stored, for auditing: no snapshot, no cache, no projection. */
@Component
class RawEvents {

    /** An account's history is read whole; this bounds it (about 80 years of monthly activity). */
    static final int MAX_EVENTS = 100_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Serializer eventSerializer;

    RawEvents(JdbcTemplate jdbc, ObjectMapper json, org.axonframework.config.Configuration axon) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventSerializer = axon.eventSerializer();
    }

    /** One stored row, with what can be read from it. */
    record Row(long sequence, String aggregateType, String timestamp, String payloadType, String payloadRevision,
               byte[] payload, byte[] metaData) {

        HashChain.StoredEvent stored(String aggregateId, String actor) {
            return new HashChain.StoredEvent(aggregateId, sequence, aggregateType, timestamp, payloadType,
                    payloadRevision, payload, actor);
        }

        Instant recordedAt() {
            return Instant.parse(timestamp);
        }
    }

    List<Row> of(String aggregateId) {
        return jdbc.query("""
                SELECT sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? AND type = 'PersonalAccount' ORDER BY sequence_number
                FETCH FIRST %d ROWS ONLY""".formatted(MAX_EVENTS),
                (row, n) -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBytes(6), row.getBytes(7)), aggregateId);
    }

    JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            return json.getNodeFactory().textNode("unreadable: " + e.getMessage());
        }
    }

    /** The account event a row holds, or empty when it no longer reads as one (e.g. after tampering). */
    Optional<AccountEvent> accountEvent(Row row) {
        try {
            SerializedType type = new SimpleSerializedType(row.payloadType(), row.payloadRevision());
            Object payload = eventSerializer.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, type));
            return payload instanceof AccountEvent event ? Optional.of(event) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
