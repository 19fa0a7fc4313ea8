package ledger.app.batch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ledger.app.DataDirectories;
import ledger.app.postgres.PostgresSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9, many times, on H2 and on PostgreSQL: the packaged ledger runs as its own JVM and is killed
 * at a random moment while payments arrive, while a monthly run credits and while the read models are
 * rebuilt, and each time a new JVM starts on the same database. Nothing acknowledged is lost, nothing
 * is applied twice, every hash chain holds and the read models converge (docs/operations.md,
 * "Durability"). {@code -Dledger.kill-nine.h2=N}, {@code -Dledger.kill-nine.postgres=N} and
 * {@code -Dledger.kill-nine.seed=S} change the number of kills and replay a run's random moments.
 */
class KillNineIT {

    private static final int KILLS_ON_H2 = Integer.getInteger("ledger.kill-nine.h2", 20);
    private static final int KILLS_ON_POSTGRES = Integer.getInteger("ledger.kill-nine.postgres", 6);

    private long seed;

    @BeforeEach
    void assumeThePackagedLedger() {
        assumeTrue(Files.isRegularFile(LedgerProcess.jar()), LedgerProcess::missingJarMessage);
        seed = Long.getLong("ledger.kill-nine.seed", System.nanoTime());
        System.out.println("kill -9 moments from seed " + seed + " (-Dledger.kill-nine.seed=" + seed + " replays them)");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void onH2EveryAcknowledgedWriteSurvivesEveryKill() throws Exception {
        new KillNineRounds(DataDirectories.fresh("kill-nine-h2"), List.of(), seed).run(KILLS_ON_H2);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void onPostgresEveryAcknowledgedWriteSurvivesEveryKill() throws Exception {
        PostgresSchema schema = PostgresSchema.created("kill_nine");
        try {
            new KillNineRounds(DataDirectories.fresh("kill-nine-postgres"), schema.ledgerArguments(), seed)
                    .run(KILLS_ON_POSTGRES);
        } finally {
            schema.drop();
        }
    }
}
