package ledger.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * So many failed logins for one user name within the window refuse further logins of that name until
 * the window of the first failure has passed; a bound on the user names remembered at once.
 */
@ConfigurationProperties(prefix = "ledger.security.login-throttle")
public record LoginThrottleRules(
        @DefaultValue("5") int failures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("10000") int maxUserNames) {
}
