package ledger.app.logging;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.payments.PaymentSteps;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Person ids are national ID numbers: the log shows only their last four characters, in the
 * ledger's own lines, through the log pattern in anyone else's and in their exceptions, and in the
 * access log (docs/personal-data.md).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonIdMaskingTest extends LedgerApiTest {

    @Test
    void theLedgersOwnLogLineShowsOnlyTheLastFourCharactersOfThePersonId(CapturedOutput output) {
        String personId = nationalId();
        new AccountSteps(http).opened(new AccountToOpen(personId, "BEIJING", "EMPLOYEE", "1980-01-01",
                "2020-01-01", null, null));

        new PaymentSteps(http).setPin(personId, "135790").expectStatus(204);

        assertThat(output.getOut()).contains("PIN of **************" + personId.substring(14) + " set by caseworker")
                .doesNotContain(personId);
    }

    @Test
    void aNationalIdNumberInAnyoneElsesLogLineIsMaskedByThePattern(CapturedOutput output) {
        String personId = nationalId();

        LoggerFactory.getLogger("org.example.framework").warn("could not load aggregate [{}]", personId,
                new IllegalStateException("no aggregate " + personId));

        assertThat(output.getOut()).contains("could not load aggregate [**************" + personId.substring(14) + "]")
                .contains("no aggregate **************" + personId.substring(14))
                .doesNotContain(personId);
    }

    @Test
    void theAccessLogShowsThePathsOfRequestsWithThePersonIdMasked(CapturedOutput output) {
        String personId = nationalId();
        Logger accessLog = (Logger) LoggerFactory.getLogger(MaskedAccessLog.LOGGER);
        accessLog.setLevel(Level.INFO);
        try {
            http.as(AUDITOR).get("/api/v1/accounts/" + personId + "/statement?from=2024-01-01").expectStatus(404);

            String masked = "GET /api/v1/accounts/**************" + personId.substring(14) + "/statement?from=2024-01-01";
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(output.getOut()).contains(masked + " HTTP/1.1\" 404"));
            assertThat(output.getOut()).doesNotContain(personId);
        } finally {
            accessLog.setLevel(null);
        }
    }

    @Test
    void theAccessLogIsOffByDefault(CapturedOutput output) {
        String personId = nationalId();

        http.as(AUDITOR).get("/api/v1/accounts/" + personId).expectStatus(404);

        assertThat(output.getOut()).doesNotContain("GET /api/v1/accounts/**************" + personId.substring(14));
    }

    @Test
    void maskingKeepsTheLastFourCharacters() {
        assertThat(PersonIds.masked("11010119800101001X")).isEqualTo("**************001X");
        assertThat(PersonIds.masked("pay-1")).isEqualTo("*ay-1");
        assertThat(PersonIds.masked("abc")).isEqualTo("*abc");
        assertThat(PersonIds.maskedIn("ids 110101198001010011 and 2110101198001010011")).isEqualTo(
                "ids **************0011 and 2110101198001010011");
    }

    /** A fresh 18-digit national ID number, so no other test shares the account. */
    private static String nationalId() {
        return "1101" + (ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L) / 10);
    }
}
