package ledger.app.batch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ledger logged of a run's roster step after its first chunk's commit returned (ProgressLog):
 * the proof that a kill -9 cannot take that chunk back. A report read at the same moment is not, on
 * H2, which makes a commit visible a moment before it writes it (docs/operations.md, "Durability after
 * kill -9").
 */
record LoggedChunk(String line, long read, long credited) {

    static Optional<LoggedChunk> first(LedgerProcess ledger, long batchId) {
        Matcher logged = Pattern.compile("batch " + batchId + " creditRoster: read (\\d+), credited (\\d+),[^\\n]*")
                .matcher(ledger.logText());
        return logged.find()
                ? Optional.of(new LoggedChunk(logged.group(), Long.parseLong(logged.group(1)),
                        Long.parseLong(logged.group(2))))
                : Optional.empty();
    }
}
