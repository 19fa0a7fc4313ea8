package ledger.app.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Adds {@code previousHash} and {@code hash} to the metadata of every domain event as it is
 * published, over exactly the payload bytes the event store will write (it is handed those bytes). Events of one aggregate in
 * one unit of work chain from each other; the first chains from the stored event before it.
 */
class HashChainStamper implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = HashChainStamper.class.getName() + ".lastHashes";

    private final Serializer eventSerializer;
    private final RawEvents rawEvents;
    private final ObjectMapper json;

    HashChainStamper(Serializer eventSerializer, RawEvents rawEvents, ObjectMapper json) {
        this.eventSerializer = eventSerializer;
        this.rawEvents = rawEvents;
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
                (String) event.getMetaData().get(MetaDataKeys.ACTOR)));
        lastHashes.put(event.getAggregateIdentifier(), hash);
        MetaData stamped = event.getMetaData().mergedWith(Map.of(MetaDataKeys.PREVIOUS_HASH, previous, MetaDataKeys.HASH, hash));
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
            return json.readTree(metaData).path(MetaDataKeys.HASH).asText(HashChain.GENESIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] storedMetaData(String aggregateId, long sequence) {
        return rawEvents.metaDataAt(aggregateId, sequence).orElseThrow(() ->
                new IllegalStateException("event " + sequence + " of " + aggregateId + " is missing"));
    }
}
