package ledger.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import ledger.money.Money;
import org.springframework.stereotype.Component;

/**
 * Money crosses JSON only as a string of yuan with two decimals. A JSON number is refused outright,
 * because a client that sends 240.5 has already been through binary floating point.
 */
@Component
public class MoneyJson extends SimpleModule {

    public MoneyJson() {
        super("money-as-yuan-string");
        addDeserializer(Money.class, new StrictMoneyDeserializer());
    }

    static final class StrictMoneyDeserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Money) context.handleUnexpectedToken(Money.class, parser.currentToken(), parser,
                        "an amount must be a JSON string with exactly two decimals, such as \"240.00\", not a %s",
                        parser.currentToken());
            }
            try {
                return Money.parse(parser.getText());
            } catch (IllegalArgumentException e) {
                // Money.parse says what an amount is; Jackson's own wording would name the Java type
                throw InvalidFormatException.from(parser, e.getMessage(), parser.getText(), Money.class);
            }
        }
    }
}
