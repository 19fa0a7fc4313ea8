package ledger.app.projections;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which node holds each segment of each processor, and how far that segment has come, as the token
 * store records it for every node sharing the database (a processor's own status knows only the
 * segments of this node). Read without claiming anything.
 */
@Component
class SegmentClaims {

    /** One segment: its number, the node that holds it (null while none does) and its stored position. */
    record SegmentClaim(int segment, String node, Long position) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    SegmentClaims(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    Map<String, List<SegmentClaim>> byProcessor() {
        return jdbc.query("SELECT processor_name, segment, owner, token, token_type FROM token_entry "
                        + "ORDER BY processor_name, segment",
                (row, n) -> Map.entry(row.getString("processor_name"), new SegmentClaim(row.getInt("segment"),
                        row.getString("owner"), position(row.getBytes("token"), row.getString("token_type")))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Each segment's stored token, in segment order; empty for a segment that has none yet. */
    List<Optional<TrackingToken>> tokens(String processingGroup) {
        return jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (row, n) -> Optional.ofNullable(token(row.getBytes("token"), row.getString("token_type"))),
                processingGroup);
    }

    private Long position(byte[] token, String type) {
        TrackingToken tracking = token(token, type);
        return tracking == null ? null : tracking.position().stream().boxed().findFirst().orElse(null);
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
    }
}
