package ledger.app.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ledger.app.config.LedgerProperties;
import org.springframework.stereotype.Component;

/**
 * Instants as people at the counter read them: in the ledger's time zone ({@code ledger.time-zone},
 * Asia/Shanghai), to the second. The API answers the same instants in UTC.
 */
@Component("localTime")
public class LocalTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    LocalTime(LedgerProperties properties) {
        this.zone = properties.timeZone();
    }

    /** {@code null} for no instant, so templates can show a dash. */
    public String of(Instant instant) {
        return instant == null ? null : SHOWN.format(instant.atZone(zone));
    }
}
