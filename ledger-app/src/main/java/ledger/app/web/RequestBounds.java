package ledger.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.function.BiFunction;
import ledger.limits.DateRange;
import ledger.money.Money;
import ledger.money.MoneyLimits;

/**
 * The bounds every date and amount of a request body is held to as it is read, whichever endpoint
 * it is for: dates within {@link DateRange}, amounts up to {@link MoneyLimits#AMOUNT_MAX}.
 */
final class RequestBounds extends SimpleModule {

    RequestBounds() {
        super("request-bounds");
        addDeserializer(LocalDate.class, bounded(LocalDateDeserializer.INSTANCE, DateRange::check));
        addDeserializer(YearMonth.class, bounded(YearMonthDeserializer.INSTANCE, DateRange::check));
        addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME, DateRange::check));
        addDeserializer(Money.class, bounded(new MoneyJson.StrictMoneyDeserializer(), MoneyLimits::checkAmount));
    }

    private static <T> JsonDeserializer<T> bounded(JsonDeserializer<T> reader, BiFunction<String, T, T> check) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String field = parser.currentName();
                return check.apply(field == null ? "value" : field, reader.deserialize(parser, context));
            }
        };
    }
}
