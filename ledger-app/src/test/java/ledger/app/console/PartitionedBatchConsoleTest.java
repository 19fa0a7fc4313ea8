package ledger.app.console;

import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.app.DataDirectories;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.batch.BatchLaunches;
import ledger.app.batch.PartitionedLedgerTest;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batch page of a run split into partitions (ADR 24) lists them with their nodes. Skipped, saying
 * so, where no RabbitMQ answers or no Chromium is installed.
 */
class PartitionedBatchConsoleTest extends PartitionedLedgerTest {

    @Autowired
    private BatchLaunches launches;

    @Test
    void theBatchPageOfAPartitionedRunListsItsPartitionsWithTheirNodes() throws Exception {
        String insured = new AccountSteps(LedgerHttp.onPort(port))
                .opened(AccountToOpen.of("QINGYANG", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        Path roster = Files.writeString(DataDirectories.fresh("console-partitioned").resolve("roster.csv"), """
                personId,period,contributionBase,collectedOn
                %s,2024-09,5000.00,2024-09-10
                """.formatted(insured));
        long batchId = launches.monthlyCredits("QINGYANG", YearMonth.of(2024, 9), roster, LocalDate.of(2024, 9, 20),
                false, "operator", BatchLaunches.Until.RUN_ENDED).getId();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(OPERATOR).go("/console/batches/" + batchId);
            String partitions = browser.text("#partitions");
            assertThat(partitions).contains("按名册划入（在职）", "退休人员划入", NODE, "已完成");
            assertThat(partitions.lines().filter(line -> line.contains(NODE))).hasSize(2 * PARTITIONS);
        }
    }
}
