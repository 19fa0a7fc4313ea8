package ledger.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import ledger.app.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any password is hashed, a login whose user name failed too often (429 problem+json
 * {@code too-many-login-failures} with Retry-After in seconds). The name comes from the HTTP Basic
 * header, or from the {@code username} field of a login form.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "basic ";

    private final LoginThrottle throttle;
    private final ObjectMapper json;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refused = userName(request).flatMap(throttle::refusedFor);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(json, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                "too-many-login-failures", "too many failed logins for this user name; try again in " + seconds
                        + " seconds or ask an administrator"));
    }

    private static Optional<String> userName(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basicUserName(header.substring(BASIC.length()).trim());
        }
        if (HttpMethod.POST.matches(request.getMethod()) && request.getContentType() != null
                && request.getContentType().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }

    /** An undecodable header is left to Spring Security, which refuses it. */
    private static Optional<String> basicUserName(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
