package ledger.app.pin;

import java.time.Duration;
import ledger.settling.CardPinRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the card-PIN rule ({@link CardPinRule}, domain-rules §7): how many wrong PINs in one
 * day lock PIN checks, and for how long.
 */
@ConfigurationProperties(prefix = "ledger.pin")
public record PinRules(
        @DefaultValue("5") int wrongPinsPerDay,
        @DefaultValue("24h") Duration lockDuration) {

    /** The domain rule these settings parameterise. */
    public CardPinRule rule() {
        return new CardPinRule(wrongPinsPerDay, lockDuration);
    }
}
