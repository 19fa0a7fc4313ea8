package ledger.app.batch;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.batch.core.JobParameters;

/** The parameters of one monthly crediting run: one region, one period. */
record MonthlyCreditParameters(String region, YearMonth period, LocalDate allocationDate, String roster,
                               boolean dryRun) {

    static final String REGION = "region";
    static final String PERIOD = "period";
    static final String ALLOCATION_DATE = "allocationDate";
    static final String ROSTER = "roster";
    static final String DRY_RUN = "dryRun";

    static MonthlyCreditParameters of(JobParameters parameters) {
        return new MonthlyCreditParameters(parameters.getString(REGION), YearMonth.parse(parameters.getString(PERIOD)),
                LocalDate.parse(parameters.getString(ALLOCATION_DATE)), parameters.getString(ROSTER),
                Boolean.parseBoolean(parameters.getString(DRY_RUN)));
    }
}
