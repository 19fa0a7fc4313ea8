package ledger.properties;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer over an object mapper configured as ledger-app's (application.yml:
 * Spring Boot's defaults, Java time as ISO strings, nulls left out, offsets kept as sent), so an
 * event that cannot be read back here cannot be read back from the app's event store either.
 */
final class EventJson {

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The event as the event store would hand it back after writing it. */
    Object roundTrip(Object event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        return serializer.deserialize(stored);
    }

    String json(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
