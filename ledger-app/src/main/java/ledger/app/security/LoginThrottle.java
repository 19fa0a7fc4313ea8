package ledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name from Spring Security's authentication events and logs each
 * failure once, with the user name and the client's address, never the password. The names are kept
 * in a map bounded by {@link LoginThrottleRules#maxUserNames()}, the least recently seen forgotten first.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** A user name is quoted in the log up to this length, so that a huge header cannot flood it. */
    private static final int MAX_LOGGED_NAME = 64;

    private final LoginThrottleRules rules;
    private final Clock clock;
    private final Map<String, Failures> failuresByName;

    LoginThrottle(LoginThrottleRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        this.failuresByName = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > rules.maxUserNames();
            }
        };
    }

    /** How long logins of this name stay refused, if they are. */
    synchronized Optional<Duration> refusedFor(String userName) {
        Failures failures = failuresByName.get(userName);
        Instant now = clock.instant();
        if (failures == null || failures.count() < rules.failures() || !failures.until(rules).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.until(rules)));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        int count = counted(name);
        log.warn("login failed for user name '{}' from {}: failure {} of {} allowed within {}", printable(name),
                remoteAddress(event.getAuthentication()), count, rules.failures(), rules.window());
        if (count == rules.failures()) {
            log.warn("logins of user name '{}' are refused for {} after {} failures", printable(name),
                    rules.window(), count);
        }
    }

    @EventListener
    synchronized void succeeded(AuthenticationSuccessEvent event) {
        failuresByName.remove(event.getAuthentication().getName());
    }

    private synchronized int counted(String name) {
        Instant now = clock.instant();
        Failures earlier = failuresByName.get(name);
        Failures current = earlier == null || !earlier.until(rules).isAfter(now) ? new Failures(now, 1)
                : new Failures(earlier.first(), earlier.count() + 1);
        failuresByName.put(name, current);
        return current.count();
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }

    /** No line breaks or control characters from the client in the log (no forged log lines). */
    static String printable(String name) {
        String cut = name.length() > MAX_LOGGED_NAME ? name.substring(0, MAX_LOGGED_NAME) + "…" : name;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The failures since the first one of the current window. */
    private record Failures(Instant first, int count) {

        Instant until(LoginThrottleRules rules) {
            return first.plus(rules.window());
        }
    }
}
