package ledger.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import ledger.app.config.LedgerProperties;
import ledger.limits.DateRange;
import ledger.refusal.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Keeps an uploaded roster under the data directory, so a restart after a crash reads the same file. */
@Component
public class RosterUploads {

    private final Path uploads;

    RosterUploads(LedgerProperties properties) {
        this.uploads = properties.dataDir().resolve("rosters");
    }

    public Path keep(MultipartFile roster, String region, YearMonth period) throws IOException {
        if (roster.isEmpty()) {
            throw new InvalidInput("empty-roster", "the roster file is empty");
        }
        try (InputStream start = roster.getInputStream()) {
            RosterHeader.check(start);
        }
        Files.createDirectories(uploads);
        Path kept = uploads.resolve(region + "-" + period + "-" + UUID.randomUUID() + ".csv");
        roster.transferTo(kept);
        return kept;
    }

    public static YearMonth period(String period) {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (RuntimeException e) {
            throw new InvalidInput("invalid-period", "period is written YYYY-MM; got \"" + printable(period) + "\"");
        }
        return DateRange.check("period", month);
    }

    private static String printable(String text) {
        return text.length() > 16 ? text.substring(0, 16) + "..." : text;
    }
}
