package ledger.app.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import ledger.app.config.LedgerProperties;
import ledger.policy.PolicyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fires the monthly crediting run of each scheduled region once a month, on the configured day and
 * time in the region's time zone. It asks the clock, so a test can move time; it asks the job
 * repository whether this month's run was already started, so a restart of the service never fires twice.
 */
@Component
public class MonthlyCreditSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonthlyCreditSchedule.class);
    static final String SCHEDULED_BY = "schedule";

    private final MonthlySchedule schedule;
    private final BatchLaunches launches;
    private final JobExplorer explorer;
    private final PolicyCatalog policies;
    private final Clock clock;
    private final Path inbox;

    MonthlyCreditSchedule(MonthlySchedule schedule, BatchLaunches launches, JobExplorer explorer,
                          PolicyCatalog policies, Clock clock, LedgerProperties properties) {
        this.schedule = schedule;
        this.launches = launches;
        this.explorer = explorer;
        this.policies = policies;
        this.clock = clock;
        this.inbox = schedule.inbox() != null ? schedule.inbox() : properties.dataDir().resolve("inbox");
    }

    @Scheduled(fixedDelayString = "${ledger.batch.schedule.check-every:1m}", initialDelayString = "10s")
    public synchronized void tick() {
        for (String region : schedule.regions()) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(policies.region(region).timeZone()));
            if (now.getDayOfMonth() == schedule.dayOfMonth() && !now.toLocalTime().isBefore(schedule.at())
                    && !alreadyStarted(region, YearMonth.from(now))) {
                fire(region, YearMonth.from(now), now);
            }
        }
    }

    /** The roster's path for a region and month; a missing roster makes the run fail, loudly. */
    public Path rosterFor(String region, YearMonth period) {
        return inbox.resolve("roster-" + region + "-" + period + ".csv");
    }

    private void fire(String region, YearMonth period, ZonedDateTime now) {
        Path roster = rosterFor(region, period);
        if (!Files.isReadable(roster)) {
            log.error("monthly crediting of {} for {}: the roster {} is missing; the run will fail and credit nothing",
                    region, period, roster);
        }
        try {
            JobExecution execution = launches.monthlyCredits(region, period, roster, now.toLocalDate(), false,
                    SCHEDULED_BY, BatchLaunches.Until.STARTED);
            log.info("monthly crediting of {} for {} started as batch {}", region, period, execution.getId());
        } catch (Exception e) {
            log.error("monthly crediting of {} for {} could not start", region, period, e);
        }
    }

    private boolean alreadyStarted(String region, YearMonth period) {
        return explorer.findJobInstancesByJobName(MonthlyCreditBatch.JOB, 0, Integer.MAX_VALUE).stream()
                .flatMap(instance -> explorer.getJobExecutions(instance).stream())
                .map(JobExecution::getJobParameters)
                .anyMatch(parameters -> region.equals(parameters.getString(MonthlyCreditParameters.REGION))
                        && period.toString().equals(parameters.getString(MonthlyCreditParameters.PERIOD))
                        && SCHEDULED_BY.equals(parameters.getString(BatchActor.REQUESTED_BY)));
    }
}
