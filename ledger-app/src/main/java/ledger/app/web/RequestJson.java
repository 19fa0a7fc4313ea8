package ledger.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly: a key given twice, a field the endpoint does not know, a date
 * outside {@link ledger.limits.DateRange} or an amount above the largest one are refused with 400
 * instead of being guessed at. Only the HTTP converter's mapper is made strict; the event
 * serializer keeps its own, so stored events always read back.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict(converter.getObjectMapper())));
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // a category or a purpose sent as 1 would otherwise be taken as the second one declared
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .registerModule(new RequestBounds());
        // an id or a region sent as a JSON number or boolean is a mistake, not a string to guess
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // useFamilyAccounts sent as 12345 would otherwise be taken as true
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return strict;
    }
}
