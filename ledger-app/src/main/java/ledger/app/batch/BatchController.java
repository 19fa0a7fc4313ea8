package ledger.app.batch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import ledger.interest.Quarter;
import ledger.policy.PolicyCatalog;
import ledger.refusal.NotFound;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operators' batches: start one (202 with its id) and follow it. */
@RestController
@RequestMapping("/api/v1/batches")
class BatchController {

    private final JobLauncher launcher;
    private final JobExplorer explorer;
    private final Job quarterlyInterestJob;
    private final PolicyCatalog policies;

    BatchController(@Qualifier(BatchConfiguration.ASYNC_LAUNCHER) JobLauncher launcher, JobExplorer explorer,
                    Job quarterlyInterestJob, PolicyCatalog policies) {
        this.launcher = launcher;
        this.explorer = explorer;
        this.quarterlyInterestJob = quarterlyInterestJob;
        this.policies = policies;
    }

    record InterestBatchRequest(@NotBlank String region, @NotNull Quarter quarter) {
    }

    @PostMapping("/quarterly-interest")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Long> quarterlyInterest(@Valid @RequestBody InterestBatchRequest request,
                                        @AuthenticationPrincipal UserDetails operator) throws Exception {
        policies.region(request.region());
        JobParameters parameters = new JobParametersBuilder()
                .addString("region", request.region())
                .addString("quarter", request.quarter().toString())
                .addString(BatchActor.REQUESTED_BY, operator.getUsername(), false)
                .addLong("requestedAt", System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution = launcher.run(quarterlyInterestJob, parameters);
        return Map.of("batchId", execution.getId());
    }

    @GetMapping("/{batchId}")
    BatchReport batch(@PathVariable long batchId) {
        JobExecution execution = explorer.getJobExecution(batchId);
        if (execution == null) {
            throw new NotFound("unknown-batch", "no batch " + batchId);
        }
        return BatchReport.of(execution);
    }
}
