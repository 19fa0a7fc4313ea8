package ledger.app.pin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The card-PIN rules of domain-rules §7 (000 Q21-Q26): so many wrong PINs in one day lock PIN checks
 * for the lock duration.
 */
@ConfigurationProperties(prefix = "ledger.pin")
public record PinRules(
        @DefaultValue("5") int wrongPinsPerDay,
        @DefaultValue("24h") Duration lockDuration) {
}
