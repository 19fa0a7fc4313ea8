package ledger.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import ledger.app.config.LedgerProperties;
import ledger.app.embedded.PrivateFiles;
import ledger.limits.DateRange;
import ledger.refusal.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Keeps an uploaded roster under the data directory, so a restart after a crash reads the same file. */
@Component
public class RosterUploads {

    /** As in every JSON body that names a region. */
    static final int MAX_REGION_LENGTH = 32;

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
        // a roster names insured persons and their contribution bases: the ledger's user's only
        PrivateFiles.directory(uploads);
        Path kept = PrivateFiles.create(uploads.resolve(region + "-" + period + "-" + UUID.randomUUID() + ".csv"));
        roster.transferTo(kept);
        return kept;
    }

    /** Two files in one upload would leave the operator guessing which one was credited. */
    static MultipartFile one(List<MultipartFile> rosters) {
        if (rosters.size() != 1) {
            throw new InvalidInput("invalid-request", "an upload carries one roster, as the file part roster; "
                    + "this one has " + rosters.size());
        }
        return rosters.get(0);
    }

    static void checkRegionLength(String region) {
        if (region.length() > MAX_REGION_LENGTH) {
            throw new InvalidInput("invalid-request", "region is at most " + MAX_REGION_LENGTH + " characters; got "
                    + region.length());
        }
    }

    /**
     * A dry run is asked for in words: an empty field, read leniently as its default, would start a
     * real run; {@code yes} or {@code 1} are not the contract's.
     */
    static boolean dryRun(String dryRun) {
        if (dryRun == null || dryRun.equals("false")) {
            return false;
        }
        if (dryRun.equals("true")) {
            return true;
        }
        throw new InvalidInput("invalid-parameter", "dryRun is true or false; got \"" + printable(dryRun) + "\"");
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
