package ledger.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
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
        addDeserializer(LocalDate.class, bounded(new DateOnly(), LocalDate.class,
                "a date such as \"2024-01-05\"", DateRange::check));
        addDeserializer(YearMonth.class, bounded(YearMonthDeserializer.INSTANCE, YearMonth.class,
                "a month such as \"2024-01\"", DateRange::check));
        addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime.class,
                "an instant with its offset such as \"2024-01-05T10:00:00+08:00\"", DateRange::check));
        addDeserializer(Money.class, bounded(new MoneyJson.StrictMoneyDeserializer(), Money.class,
                "an amount such as \"240.00\"", MoneyLimits::checkAmount));
        addDeserializer(String.class, new PrintableText());
    }

    /**
     * No text of a request holds control characters (NUL, CR, LF, ...): none of its fields means one,
     * and a payee or a reason with them would reach statements, logs and files downstream.
     */
    private static final class PrintableText extends StdScalarDeserializer<String> {
        PrintableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.codePoints().anyMatch(Character::isISOControl)) {
                String field = parser.currentName() == null ? "value" : parser.currentName();
                throw MismatchedInputException.from(parser, String.class, field + " must not contain control characters");
            }
            return text;
        }
    }

    /**
     * Only a non-blank JSON string is read: Jackson's own readers would take a number as an epoch day,
     * an empty array or an empty string as no value at all, and a date with a time as its date.
     */
    private static <T> JsonDeserializer<T> bounded(JsonDeserializer<T> reader, Class<T> type, String expected,
                                                   BiFunction<String, T, T> check) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String field = parser.currentName() == null ? "value" : parser.currentName();
                if (!parser.hasToken(JsonToken.VALUE_STRING) || parser.getText().isBlank()) {
                    throw MismatchedInputException.from(parser, type, field + " must be a JSON string: " + expected);
                }
                return check.apply(field, reader.deserialize(parser, context));
            }
        };
    }

    /** ISO dates without a time part ({@code "2024-01-05T00:00:00Z"} is refused, not cut short). */
    private static final class DateOnly extends LocalDateDeserializer {
        DateOnly() {
            super(LocalDateDeserializer.INSTANCE, false);
        }
    }
}
