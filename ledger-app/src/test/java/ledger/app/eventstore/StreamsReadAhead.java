package ledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * Streams read ahead must be exactly what Axon reads from the store: the latest snapshot, then the
 * events after it, and nothing for an aggregate that has no events.
 */
public final class StreamsReadAhead {

    private StreamsReadAhead() {
    }

    public static void expectSameAsStored(EventStore store, PrefetchingEventStorageEngine engine, List<String> ids) {
        Map<String, List<String>> stored = streams(store, ids);

        Map<String, Object> readAhead = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            engine.prefetch(ids);
            Map<String, Object> seen = new LinkedHashMap<>(streams(store, ids));
            seen.put("held", ids.stream().allMatch(id -> PrefetchedStreams.holding(id).isPresent()));
            return seen;
        }).getPayload();

        assertThat(readAhead.remove("held")).as("every stream asked for is held by the unit of work").isEqualTo(true);
        assertThat(readAhead).isEqualTo(stored);
    }

    /** Each aggregate's stream as Axon loads it: "sequence type identifier" per message. */
    private static Map<String, List<String>> streams(EventStore store, List<String> ids) {
        Map<String, List<String>> streams = new LinkedHashMap<>();
        ids.forEach(id -> streams.put(id, store.readEvents(id).asStream()
                .map(event -> event.getSequenceNumber() + " " + event.getPayloadType().getSimpleName() + " "
                        + event.getIdentifier())
                .toList()));
        return streams;
    }
}
