package ledger.app.eventstore;

import ledger.stored.StoredTypeNames;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, writing and reading each event under the type name it was first stored
 * under ({@link StoredTypeNames}, ADR 22), so events, snapshots and dead letters stored before a class
 * moved stay readable and the hash chain over stored rows never changes.
 */
class StoredTypeSerializer extends JacksonSerializer {

    StoredTypeSerializer(Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        SerializedType current = super.typeForClass(type);
        return new SimpleSerializedType(StoredTypeNames.storedNameOf(type), current.getRevision());
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return StoredTypeNames.classNameFor(super.resolveClassName(serializedType));
    }
}
