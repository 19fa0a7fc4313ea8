package ledger.app.embedded;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that found the embedded database open in another process: without AUTO_SERVER
 * only one process opens the file at a time (docs/operations.md). The usual case is the batch command
 * started while the HTTP service runs.
 */
class DatabaseInUse extends AbstractFailureAnalyzer<SQLException> {

    /** H2's "Database may be already in use". */
    private static final int ALREADY_OPEN = 90020;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != ALREADY_OPEN) {
            return null;
        }
        return new FailureAnalysis("The embedded database of the data directory is open in another process, most "
                + "likely a running ledger service; the embedded H2 database opens in one process at a time.",
                "Submit the batch to the running service (POST /api/v1/batches/monthly-credits, or .../restart), "
                        + "or stop the service and run the command again. An operator who wants two processes on "
                        + "one file adds AUTO_SERVER=TRUE to spring.datasource.url (H2 then listens on a port).",
                cause);
    }
}
