package ledger.app.batch;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that has lost its database takes no more traffic (readiness DOWN) but is not restarted for
 * it (liveness UP). A ledger of its own, started here and outside the test framework's cache of
 * applications, since its pool is closed for good.
 */
class ReadinessWithoutDatabaseTest {

    @Test
    void readinessIsDownAndLivenessUpOnceTheDatabaseIsGone() throws Exception {
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + DataDirectories.fresh("no-database"))) {
            LedgerHttp http = LedgerHttp.onPort(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
            http.anonymous().get("/actuator/health/readiness").expectStatus(200);

            ledger.getBean(DataSource.class).unwrap(HikariDataSource.class).close();

            http.anonymous().get("/actuator/health/readiness").expectStatus(503).expectField("status", "DOWN");
            http.anonymous().get("/actuator/health/liveness").expectStatus(200).expectField("status", "UP");
        }
    }
}
