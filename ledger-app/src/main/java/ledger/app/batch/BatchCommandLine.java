package ledger.app.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ledger.app.logging.PersonIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The operators' and cron's way in (docs/operations.md):
 * {@code java -jar ledger-app.jar --ledger.batch.command=monthly-credits --region=BEIJING --period=2024-05
 * --roster=/path/roster.csv [--dry-run] [--allocation-date=2024-05-05]} or
 * {@code --ledger.batch.command=restart --batch-id=7}. Runs to the end and waits until the read models
 * show the run (at most {@code ledger.batch.read-models-timeout}): exits 0 when it completed and they show
 * it, 2 when its credits are stored but the read models were still behind at the timeout (they catch up
 * when the service runs again), 1 otherwise.
 */
@Component
@ConditionalOnProperty("ledger.batch.command")
class BatchCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(BatchCommandLine.class);

    /** The exit code of a run whose credits are stored but not yet shown by the read models (docs/operations.md). */
    static final int READ_MODELS_BEHIND = 2;

    private final BatchLaunches launches;
    private int exitCode = 1;

    BatchCommandLine(BatchLaunches launches) {
        this.launches = launches;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String command = required(arguments, "ledger.batch.command");
        JobExecution execution = switch (command) {
            case "monthly-credits" -> launches.monthlyCredits(required(arguments, "region"),
                    YearMonth.parse(required(arguments, "period")), Path.of(required(arguments, "roster")),
                    optional(arguments, "allocation-date") == null ? null
                            : LocalDate.parse(optional(arguments, "allocation-date")),
                    arguments.containsOption("dry-run"), "command-line", BatchLaunches.Until.READ_MODELS_SHOW_IT);
            case "restart" -> launches.restart(Long.parseLong(required(arguments, "batch-id")),
                    BatchLaunches.Until.READ_MODELS_SHOW_IT);
            default -> throw new IllegalArgumentException("unknown batch command " + command
                    + "; use monthly-credits or restart");
        };
        BatchReport report = launches.report(execution.getId());
        log.info("batch {} ended {}: read {}, credited {}, skipped {}, rejected {}, total {}, failure {}, rejects {}; "
                        + "read models {}", execution.getId(), execution.getStatus(), report.read(), report.credited(),
                report.skipped(), report.rejected(), report.totalAmount(), report.failure(),
                maskedRejects(report.rejects()), report.readModels());
        exitCode = exitCode(report);
    }

    /** 0 completed and shown by the read models, 2 stored but not yet shown, 1 not completed. */
    static int exitCode(BatchReport report) {
        if ("COMPLETED".equals(report.status())) {
            return 0;
        }
        return report.readModels() != null && !report.readModels().caughtUp() ? READ_MODELS_BEHIND : 1;
    }

    /** A reject names the person of its line: the log shows only the last characters of the id. */
    static List<Map<String, Object>> maskedRejects(List<Map<String, Object>> rejects) {
        return rejects.stream().map(reject -> {
            Map<String, Object> masked = new LinkedHashMap<>(reject);
            masked.computeIfPresent("personId", (key, id) -> PersonIds.masked(id.toString()));
            return masked;
        }).toList();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String required(ApplicationArguments arguments, String name) {
        String value = optional(arguments, name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return value;
    }

    private static String optional(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
