package ledger.app.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The one serializer of events, messages and snapshots, built as Axon's auto-configuration builds its
 * Jackson serializer (axon.serializer.*: jackson), but under the stored type names; Axon's
 * message and event serializers fall back to it because all three are set to jackson.
 */
@Configuration(proxyBeanMethods = false)
class StoredTypeSerializerConfiguration {

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver, ObjectMapper objectMapper) {
        return new StoredTypeSerializer(JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(StoredTypeSerializer.class.getClassLoader()))
                .objectMapper(objectMapper));
    }
}
