package ledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import ledger.app.eventstore.HashChain;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.eventstore.RawEvents;

/** Recomputes an aggregate's hash chain from its raw rows and names the first event where it breaks. */
record ChainCheck(boolean intact, Long firstBrokenSequence, String problem) {

    static ChainCheck of(String aggregateId, List<RawEvents.Row> rows, RawEvents rawEvents) {
        String previous = HashChain.GENESIS;
        long expected = 0;
        for (RawEvents.Row row : rows) {
            if (row.sequence() != expected) {
                return broken(expected, "event " + expected + " is missing: the next stored event is " + row.sequence());
            }
            JsonNode metaData = rawEvents.tree(row.metaData());
            String stored = metaData.path(MetaDataKeys.HASH).asText("");
            if (!previous.equals(metaData.path(MetaDataKeys.PREVIOUS_HASH).asText(""))) {
                return broken(row.sequence(), "event " + row.sequence() + " does not chain from the event before it");
            }
            String actor = metaData.path(MetaDataKeys.ACTOR).asText(null);
            String recomputed = HashChain.hash(previous, row.stored(aggregateId, actor));
            if (!recomputed.equals(stored)) {
                return broken(row.sequence(), "event " + row.sequence() + " was altered: its content no longer "
                        + "matches its hash");
            }
            previous = stored;
            expected++;
        }
        return new ChainCheck(true, null, null);
    }

    private static ChainCheck broken(long sequence, String problem) {
        return new ChainCheck(false, sequence, problem);
    }
}
