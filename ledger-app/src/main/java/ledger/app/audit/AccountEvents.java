package ledger.app.audit;

import java.util.Optional;
import ledger.account.event.AccountEvent;
import ledger.app.eventstore.RawEvents;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.stereotype.Component;

/** Reads the account event a raw row holds with the event serializer, as the ledger reads it back. */
@Component
class AccountEvents {

    private final Serializer eventSerializer;

    AccountEvents(org.axonframework.config.Configuration axon) {
        this.eventSerializer = axon.eventSerializer();
    }

    /** The account event a row holds, or empty when it no longer reads as one (e.g. after tampering). */
    Optional<AccountEvent> of(RawEvents.Row row) {
        try {
            SerializedType type = new SimpleSerializedType(row.payloadType(), row.payloadRevision());
            Object payload = eventSerializer.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, type));
            return payload instanceof AccountEvent event ? Optional.of(event) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
