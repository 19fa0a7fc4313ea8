package ledger.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ledger.app.LedgerApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The load command against a real ledger for two seconds, and the percentiles it prints. */
class PaymentLoadTest extends LedgerApiTest {

    @LocalServerPort
    private int port;

    @Test
    void drivesPaymentsThenReadsWithoutAnError() throws Exception {
        List<Phase.Result> results = new PaymentLoad(Map.of("url", "http://localhost:" + port, "accounts", "4",
                "connections", "4", "warmup", "0", "seconds", "2")).run();

        Phase.Result payments = results.get(0);
        assertThat(payments.errorCount()).isZero();
        assertThat(payments.latencies().count()).isPositive();
        assertThat(results.get(1).latencies().count()).isPositive();
        assertThat(payments.latencies().percentile(50)).isLessThanOrEqualTo(payments.latencies().percentile(99));
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies();
        for (long ms = 1; ms <= 200; ms++) {
            latencies.add(ms * 1_000_000);
        }
        assertThat(latencies.percentile(50)).isEqualTo(100.0);
        assertThat(latencies.percentile(99)).isEqualTo(198.0);
        assertThat(latencies.percentile(100)).isEqualTo(200.0);
    }
}
