package ledger.app.batch;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node that has lost its database takes no more traffic (readiness DOWN) but is not restarted for
 * it (liveness UP): an application of its own, since its pool is closed for good here.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ReadinessWithoutDatabaseTest {

    private static final Path DATA_DIR = DataDirectories.fresh("no-database");

    @LocalServerPort
    private int port;

    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    @Test
    void readinessIsDownAndLivenessUpOnceTheDatabaseIsGone() throws Exception {
        LedgerHttp http = LedgerHttp.onPort(port);
        http.anonymous().get("/actuator/health/readiness").expectStatus(200);

        dataSource.unwrap(HikariDataSource.class).close();

        http.anonymous().get("/actuator/health/readiness").expectStatus(503).expectField("status", "DOWN");
        http.anonymous().get("/actuator/health/liveness").expectStatus(200).expectField("status", "UP");
    }
}
