package ledger.app.batch;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ledger.interest.Quarter;
import ledger.limits.DateRange;
import ledger.policy.PolicyCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The operators' batches: start one (202 with its id), follow it, restart it. */
@RestController
@RequestMapping("/api/v1/batches")
class BatchController {

    private final BatchLaunches launches;
    private final PolicyCatalog policies;
    private final RosterUploads uploads;

    BatchController(BatchLaunches launches, PolicyCatalog policies, RosterUploads uploads) {
        this.launches = launches;
        this.policies = policies;
        this.uploads = uploads;
    }

    /** The answer of a batch started: its id, to follow it by. */
    record BatchStarted(long batchId) {
    }

    record InterestBatchRequest(@NotBlank @Size(max = 32) String region, @NotNull Quarter quarter) {
    }

    /** Multipart only: a roster sent as a JSON or CSV body answers 415, naming the form the upload takes. */
    @PostMapping(path = "/monthly-credits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchStarted monthlyCredits(@RequestPart("roster") List<MultipartFile> rosters, @RequestParam String region,
                                @RequestParam String period,
                                @Parameter(schema = @Schema(type = "boolean"))
                                @RequestParam(required = false) String dryRun,
                                @RequestParam(required = false) LocalDate allocationDate,
                                @AuthenticationPrincipal UserDetails operator) throws Exception {
        MultipartFile roster = RosterUploads.one(rosters);
        boolean dry = RosterUploads.dryRun(dryRun);
        RosterUploads.checkRegionLength(region);
        YearMonth month = RosterUploads.period(period);
        DateRange.check("allocationDate", allocationDate);
        policies.region(region);
        Path kept = uploads.keep(roster, region, month);
        return new BatchStarted(launches.monthlyCredits(region, month, kept, allocationDate, dry,
                operator.getUsername(), BatchLaunches.Until.STARTED).getId());
    }

    @PostMapping("/quarterly-interest")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchStarted quarterlyInterest(@Valid @RequestBody InterestBatchRequest request,
                                   @AuthenticationPrincipal UserDetails operator) throws Exception {
        DateRange.check("quarter", request.quarter().lastMonth());
        return new BatchStarted(launches.quarterlyInterest(request.region(), request.quarter(),
                operator.getUsername()).getId());
    }

    @PostMapping("/{batchId}/restart")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchStarted restart(@PathVariable long batchId) throws Exception {
        return new BatchStarted(launches.restart(batchId, BatchLaunches.Until.STARTED).getId());
    }

    @GetMapping("/{batchId}")
    BatchReport batch(@PathVariable long batchId) {
        return launches.report(batchId);
    }
}
