package ledger.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import ledger.app.eventstore.PrefetchedStreams;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds {@code previousHash} and {@code hash} to the metadata of every domain event as it is
 * published, over exactly the payload bytes the event store will write (it is handed those bytes). Events of one aggregate in
 * one unit of work chain from each other; the first chains from the stored event before it.
 */
public class HashChainStamper implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = HashChainStamper.class.getName() + ".lastHashes";

    private final Serializer eventSerializer;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public HashChainStamper(Serializer eventSerializer, JdbcTemplate jdbc, ObjectMapper json) {
        this.eventSerializer = eventSerializer;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event ? stamp(event) : message;
    }

    private EventMessage<?> stamp(DomainEventMessage<?> event) {
        Map<String, String> lastHashes = lastHashesOfThisUnitOfWork();
        String previous = lastHashes.computeIfAbsent(event.getAggregateIdentifier(),
                id -> storedHashBefore(id, event.getSequenceNumber()));
        SerializedObject<byte[]> payload = eventSerializer.serialize(event.getPayload(), byte[].class);
        String hash = HashChain.hash(previous, new HashChain.StoredEvent(event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getType(), DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                (String) event.getMetaData().get("actor")));
        lastHashes.put(event.getAggregateIdentifier(), hash);
        MetaData stamped = event.getMetaData().mergedWith(Map.of(HashChain.PREVIOUS_HASH, previous, HashChain.HASH, hash));
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                new StampedPayload<>(event, stamped, eventSerializer, payload), event::getTimestamp);
    }

    private Map<String, String> lastHashesOfThisUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(LAST_HASHES, key -> new HashMap<>());
    }

    private String storedHashBefore(String aggregateId, long sequence) {
        if (sequence == 0) {
            return HashChain.GENESIS;
        }
        byte[] metaData = PrefetchedStreams.holding(aggregateId)
                .flatMap(streams -> streams.event(aggregateId, sequence - 1))
                .map(event -> (byte[]) event.getMetaData().getData())
                .orElseGet(() -> storedMetaData(aggregateId, sequence - 1));
        try {
            return json.readTree(metaData).path(HashChain.HASH).asText(HashChain.GENESIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] storedMetaData(String aggregateId, long sequence) {
        List<byte[]> metaData = jdbc.query("SELECT meta_data FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                (row, n) -> row.getBytes(1), aggregateId, sequence);
        if (metaData.isEmpty()) {
            throw new IllegalStateException("event " + sequence + " of " + aggregateId + " is missing");
        }
        return metaData.get(0);
    }
}
