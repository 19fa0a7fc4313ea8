package ledger.app.security;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Failed logins are throttled per user name (five within 15 minutes by default) and each is logged
 * once with the user name and the client's address, never the password. Every test guesses for a
 * user name of its own, so that no other test's user is ever throttled.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleApiTest extends LedgerApiTest {

    private static final String ACCOUNTS = "/api/v1/accounts/nobody";

    @Test
    void fiveFailedLoginsOfOneNameRefuseTheNextWith429AndRetryAfter() {
        String name = guesser();
        for (int guess = 1; guess <= 5; guess++) {
            http.as(name, "guess-" + guess).get(ACCOUNTS).expectProblem(401, "authentication-required", "credentials");
        }

        HttpAnswer refused = http.as(name, "guess-6").get(ACCOUNTS);

        refused.expectProblem(429, "too-many-login-failures", "too many failed logins");
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("Retry-After of %s", refused)
                .isBetween(1L, 15 * 60L);
    }

    @Test
    void theThrottleOfOneNameLeavesOtherNamesAlone() {
        String name = guesser();
        for (int guess = 1; guess <= 6; guess++) {
            http.as(name, "guess-" + guess).get(ACCOUNTS);
        }

        http.as(guesser(), "guess").get(ACCOUNTS).expectProblem(401, "authentication-required", "credentials");
        http.as(CASEWORKER).get(ACCOUNTS).expectProblem(404, "unknown-account", "nobody");
    }

    @Test
    void eachFailureIsLoggedOnceWithTheNameAndAddressButNotThePassword(CapturedOutput output) {
        String name = guesser();
        String password = "S3cret-" + UUID.randomUUID();

        http.as(name, password).get(ACCOUNTS).expectStatus(401);

        String line = "login failed for user name '" + name + "' from 127.0.0.1";
        assertThat(output.getAll().split(line, -1)).as("log lines %s", line).hasSize(2);
        assertThat(output.getAll()).contains(" WARN ").doesNotContain(password);
    }

    @Test
    void aUserNameCannotForgeALogLine(CapturedOutput output) {
        String name = guesser().substring(0, 20);

        http.as(name + "\n2026-01-01 INFO forged", "guess").get(ACCOUNTS).expectStatus(401);

        assertThat(output.getAll()).contains("'" + name + "?2026-01-01 INFO forged'")
                .doesNotContain("\n2026-01-01 INFO forged");
    }

    private static String guesser() {
        return "guesser-" + UUID.randomUUID();
    }
}
