package ledger.app.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident chain over each aggregate's events: every event's hash is the SHA-256 of the
 * previous event's hash followed by the canonical form of the event as stored. The first event of a
 * stream chains from {@link #GENESIS}.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The stored facts of one event that its hash covers. */
    public record StoredEvent(String aggregateId, long sequence, String aggregateType, String timestamp,
                              String payloadType, String payloadRevision, byte[] payload, String actor) {

        /** Fields joined by a separator that none of them may contain, then the payload bytes. */
        byte[] canonicalForm() {
            String header = String.join("\u001f", aggregateId, Long.toString(sequence), nullSafe(aggregateType),
                    timestamp, payloadType, nullSafe(payloadRevision), nullSafe(actor)) + "\u001e";
            byte[] head = header.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + payload.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(payload, 0, all, head.length, payload.length);
            return all;
        }

        private static String nullSafe(String value) {
            return value == null ? "" : value;
        }
    }

    public static String hash(String previousHash, StoredEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(event.canonicalForm()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
