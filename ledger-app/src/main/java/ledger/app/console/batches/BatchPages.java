package ledger.app.console.batches;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import ledger.app.batch.BatchLaunches;
import ledger.app.batch.BatchReport;
import ledger.app.batch.RosterUploads;
import ledger.app.console.FormAttempt;
import ledger.app.console.LocalTime;
import ledger.app.console.TypedDate;
import ledger.interest.Quarter;
import ledger.policy.PolicyCatalog;
import ledger.refusal.ConflictWithHistory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The operator starts the monthly and the interest batch, follows a run live, restarts a failed one. */
@Controller
class BatchPages {

    private static final int RECENT_RUNS = 20;

    private final BatchLaunches launches;
    private final RosterUploads uploads;
    private final PolicyCatalog policies;
    private final FormAttempt attempt;
    private final LocalTime localTime;
    private final Clock clock;

    BatchPages(BatchLaunches launches, RosterUploads uploads, PolicyCatalog policies, FormAttempt attempt,
               LocalTime localTime, Clock clock) {
        this.launches = launches;
        this.uploads = uploads;
        this.policies = policies;
        this.attempt = attempt;
        this.localTime = localTime;
        this.clock = clock;
    }

    @GetMapping("/console/batches")
    String batches(Model model) {
        model.addAttribute("runs", launches.recentRuns(RECENT_RUNS));
        model.addAttribute("regions", policies.regionNames());
        return "console/batches/batches";
    }

    @PostMapping("/console/batches/monthly-credits")
    String monthlyCredits(@RequestParam("roster") MultipartFile roster, @RequestParam String region,
                          @RequestParam String period, @RequestParam(defaultValue = "false") boolean dryRun,
                          @RequestParam(required = false) String allocationDate, Authentication operator, Model model) {
        return attempt.run(model, "monthly", () -> {
            YearMonth month = RosterUploads.period(period.strip());
            policies.region(region);
            LocalDate allocatedOn = TypedDate.parse(allocationDate);
            return started(() -> launches.monthlyCredits(region, month, uploads.keep(roster, region, month),
                    allocatedOn, dryRun, operator.getName(), BatchLaunches.Until.STARTED).getId());
        }, () -> batches(model));
    }

    @PostMapping("/console/batches/quarterly-interest")
    String quarterlyInterest(@RequestParam String region, @RequestParam String quarter, Authentication operator,
                             Model model) {
        return attempt.run(model, "interest", () -> started(
                () -> launches.quarterlyInterest(region, Quarter.parse(quarter.strip()), operator.getName()).getId()),
                () -> batches(model));
    }

    @GetMapping("/console/batches/{batchId}")
    String batch(@PathVariable long batchId, Model model) {
        model.addAttribute("run", progress(batchId));
        return "console/batches/batch";
    }

    /** What the batch page polls while the run goes on. */
    @GetMapping(value = "/console/batches/{batchId}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    BatchProgress progress(@PathVariable long batchId) {
        BatchReport report = launches.report(batchId);
        return BatchProgress.of(report, clock.instant(), localTime.of(report.estimatedEnd()));
    }

    @GetMapping("/console/batches/{batchId}/rejects.csv")
    ResponseEntity<byte[]> rejects(@PathVariable long batchId) {
        BatchReport report = launches.report(batchId);
        StringBuilder csv = new StringBuilder("line,personId,reason\n");
        for (Map<String, Object> reject : report.rejects()) {
            csv.append(cell(reject.get("line"))).append(',').append(cell(reject.get("personId"))).append(',')
                    .append(cell(reject.get("reason"))).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + batchId + "-rejects.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/console/batches/{batchId}/restart")
    String restart(@PathVariable long batchId, Model model) {
        return attempt.run(model, "restart",
                () -> started(() -> launches.restart(batchId, BatchLaunches.Until.STARTED).getId()),
                () -> batch(batchId, model));
    }

    /**
     * A launch that Spring Batch refuses (the same run already running or completed) is a refusal of the
     * form, as the API answers it.
     */
    private static String started(Launch launch) {
        try {
            return "redirect:/console/batches/" + launch.id();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ConflictWithHistory("batch-not-started", "the batch was not started: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Launch {
        long id() throws Exception;
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.matches("[^\",\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
