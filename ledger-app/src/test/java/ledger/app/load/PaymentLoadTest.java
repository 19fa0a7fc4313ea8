package ledger.app.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** Two addresses of the one node stand for two nodes. */
    @Test
    void drivesSeveralNodesGivenAsAList() throws Exception {
        List<Phase.Result> results = new PaymentLoad(Map.of("url", "http://localhost:" + port + ",http://127.0.0.1:"
                + port + "/", "accounts", "3", "connections", "2", "warmup", "0", "seconds", "3")).run();

        assertThat(results.get(0).errorCount()).isZero();
        assertThat(results.get(0).latencies().count()).isPositive();
    }

    /** Worker w keeps to node w mod n: here node 1 is a port where nothing listens. */
    @Test
    void eachWorkerKeepsToItsNode() throws Exception {
        LoadTarget target = new LoadTarget(List.of("http://localhost:" + port, "http://localhost:1"), 2);

        assertThat(target.get(0, "caseworker:caseworker", "/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(target.get(2, "caseworker:caseworker", "/actuator/health/liveness").status()).isEqualTo(200);
        assertThatThrownBy(() -> target.get(1, "caseworker:caseworker", "/actuator/health/liveness"))
                .isInstanceOf(java.net.ConnectException.class);
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
