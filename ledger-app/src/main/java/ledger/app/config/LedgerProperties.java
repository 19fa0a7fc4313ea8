package ledger.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's own settings.
 *
 * @param dataDir               where the embedded H2 database lives
 * @param timeZone              the zone "today" is reckoned in when a request gives no date
 * @param policyDir             optional directory of REGION.json files laid over the shipped policies
 * @param snapshotThreshold     events between two snapshots of an account
 * @param readYourWritesTimeout how long a write waits for the read models to show it before answering
 */
@ConfigurationProperties(prefix = "ledger")
public record LedgerProperties(
        Path dataDir,
        ZoneId timeZone,
        Path policyDir,
        int snapshotThreshold,
        Duration readYourWritesTimeout) {
}
