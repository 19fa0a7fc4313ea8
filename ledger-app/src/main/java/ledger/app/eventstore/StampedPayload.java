package ledger.app.eventstore;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An event's message carrying the payload bytes its hash was computed over: the event store asks the
 * message for its serialized payload and writes exactly these bytes, without serializing it again.
 * Any other serializer or representation serializes as usual; a copy with other metadata is a plain
 * message again.
 */
final class StampedPayload<T> extends GenericMessage<T> {

    private final transient Serializer serializer;
    private final transient SerializedObject<byte[]> payload;

    StampedPayload(Message<T> event, MetaData metaData, Serializer serializer, SerializedObject<byte[]> payload) {
        super(event.getIdentifier(), event.getPayloadType(), event.getPayload(), metaData);
        this.serializer = serializer;
        this.payload = payload;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> SerializedObject<R> serializePayload(Serializer requested, Class<R> representation) {
        return requested == serializer && representation == byte[].class
                ? (SerializedObject<R>) payload
                : super.serializePayload(requested, representation);
    }
}
