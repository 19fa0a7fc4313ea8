package ledger.app;

import java.nio.file.Path;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application every HTTP API test talks to: a real server on a random port over a data
 * directory of its own. Subclasses add no configuration, so they all share one cached context; each
 * test works on person ids of its own and never collides with another. Metrics are exported as in
 * production (Spring Boot's tests leave them off by default), so the Prometheus scrape can be tested.
 * The suite runs twice in a build: on H2, and once more on PostgreSQL ({@link HttpSuiteStore}).
 */
@Tag("http-suite")
@ExtendWith(HttpSuiteStore.class)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LedgerApiTest {

    private static final Path DATA_DIR = DataDirectories.fresh("api");

    @LocalServerPort
    private int port;

    protected LedgerHttp http;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
        HttpSuiteStore.register(registry);
    }

    /** The data directory of the ledger under test (the database, uploaded rosters). */
    protected static Path dataDirectory() {
        return DATA_DIR;
    }

    @BeforeEach
    void connect() {
        http = LedgerHttp.onPort(port);
    }
}
