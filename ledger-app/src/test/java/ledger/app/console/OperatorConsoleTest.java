package ledger.app.console;

import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.app.DataDirectories;
import ledger.app.accounts.AccountToOpen;
import ledger.app.batch.BatchLaunches;
import ledger.app.nodes.NodeName;
import ledger.app.projections.ReadModelsHeldBack;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator runs the monthly batch, sees it wait for the read models, and rebuilds them, in the browser
 * (docs/console.md).
 */
class OperatorConsoleTest extends ConsoleBrowserTest {

    @Autowired
    private BatchLaunches launches;
    @Autowired
    private NodeName node;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void anOperatorUploadsARosterWithBadLinesWatchesItFinishAndDownloadsTheRejects() throws IOException {
        String insured = accounts.opened(AccountToOpen.of("QINGYANG", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        Path roster = Files.writeString(DataDirectories.fresh("console-roster").resolve("roster.csv"), """
                personId,period,contributionBase,collectedOn
                %s,2024-09,5000.00,2024-09-10
                too-few-fields,2024-09
                ,2024-09,5000.00,2024-09-10
                """.formatted(insured));
        browser.signIn(OPERATOR);
        assertThat(browser.path()).isEqualTo("/console/batches");

        browser.find("#roster").sendKeys(roster.toAbsolutePath().toString());
        browser.find("#monthly-region [value=QINGYANG]").click();
        browser.type("#period", "2024-09").type("#allocation-date", "2024-09-20").click("#start-monthly");

        assertThat(browser.path()).matches("/console/batches/\\d+");
        browser.awaitText("已完成", Duration.ofSeconds(60));
        assertThat(browser.text("#rejects")).contains("too-few-fields", "this one has 2", "personId is empty");
        assertThat(browser.text("#percent")).isEqualTo("100%");
        assertThat(browser.text("#read-models")).isEqualTo("已更新");
        browser.screenshot("operator-batch");

        HttpResponse<String> csv = browser.withSession("GET",
                browser.find("#download-rejects").getAttribute("href").replaceFirst("^http://[^/]+", ""), null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("line,personId,reason\n").contains("3,too-few-fields,", "4,,");

        browser.go("/console/batches");
        assertThat(browser.text("#runs")).contains("月度划入", "庆阳", "2024-09");
        browser.screenshot("operator-batches");
    }

    /** The credits are stored, the balances not yet updated: the page says so until they are (ADR 25). */
    @Test
    void anOperatorSeesARunWaitForTheBalancesAndStatementsToShowItsCreditsThenComplete() throws Exception {
        String insured = accounts.opened(AccountToOpen.of("QINGYANG", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        Path roster = Files.writeString(DataDirectories.fresh("console-read-models").resolve("roster.csv"), """
                personId,period,contributionBase,collectedOn
                %s,2025-10,5000.00,2025-10-10
                """.formatted(insured));
        try (ReadModelsHeldBack held = ReadModelsHeldBack.holdBack(processing)) {
            long batchId = launches.monthlyCredits("QINGYANG", YearMonth.of(2025, 10), roster,
                    LocalDate.of(2025, 10, 20), false, "operator", BatchLaunches.Until.RUN_ENDED).getId();
            browser.signIn(OPERATOR).go("/console/batches/" + batchId);
            assertThat(browser.text("#status")).isEqualTo("运行中");
            assertThat(browser.text("#read-models")).matches("更新中 \\d+/\\d+");
        }

        browser.awaitText("已完成", Duration.ofSeconds(60));
        assertThat(browser.text("#read-models")).isEqualTo("已更新");
        assertThat(browser.text("#credited")).isEqualTo("1");
        accounts.expectBalance(insured, "0.00", "100.00", "100.00");
    }

    @Test
    void anOperatorStartsTheInterestBatchOfAQuarterAndFollowsItToItsEnd() {
        accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("op-interest"), "QINGYANG", "EMPLOYEE",
                "1980-05-20", "2022-01-10", null, "1000.00"));
        browser.signIn(OPERATOR);
        browser.find("#interest-form [name=region] [value=QINGYANG]").click();
        browser.type("#interest-form [name=quarter]", "2022-Q3").click("#start-interest");

        assertThat(browser.path()).matches("/console/batches/\\d+");
        browser.awaitText("已完成", Duration.ofSeconds(60));
        assertThat(browser.pageText()).contains("季度计息", "庆阳", "2022-Q3");
    }

    @Test
    void anOperatorSeesTheReadModelsPositionsAndStartsARebuild() {
        String insured = accounts.opened(AccountToOpen.of("QINGYANG", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        accounts.credited(insured, "2024-10", "5000.00", "2024-10-10");
        browser.signIn(OPERATOR).go("/console/projections");
        assertThat(browser.text("#projections")).contains("account-read-models");
        assertThat(browser.text("#projections .segments")).as("which node holds each segment")
                .contains("0: " + node.value() + " @ ", "1: " + node.value() + " @ ");

        browser.click("#rebuild");

        assertThat(browser.text("#rebuild-started")).contains("已开始重建");
        browser.awaitText("已追平", Duration.ofSeconds(60));
        browser.screenshot("operator-projections");
    }

    @Test
    void anOperatorSeesWhyARunFailedAndRestartsItOnceItsRosterHasArrived() throws Exception {
        String insured = accounts.opened(AccountToOpen.of("QINGYANG", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        Path roster = DataDirectories.fresh("console-restart").resolve("roster-QINGYANG-2024-11.csv");
        long failed = launches.monthlyCredits("QINGYANG", YearMonth.of(2024, 11), roster, LocalDate.of(2024, 12, 5),
                false, "scheduler", BatchLaunches.Until.RUN_ENDED).getId();
        browser.signIn(OPERATOR).go("/console/batches/" + failed);
        assertThat(browser.text("#status")).isEqualTo("失败");
        assertThat(browser.pageText()).contains("roster-QINGYANG-2024-11.csv", "cannot be read")
                .doesNotContain("Exception", "org.springframework");
        assertThat(browser.text("#percent")).isEqualTo("—");
        browser.screenshot("operator-batch-failed");

        Files.writeString(roster, """
                personId,period,contributionBase,collectedOn
                %s,2024-11,5000.00,2024-11-10
                """.formatted(insured));
        browser.click("#restart");

        assertThat(browser.path()).matches("/console/batches/\\d+").isNotEqualTo("/console/batches/" + failed);
        browser.awaitText("已完成", Duration.ofSeconds(60));
        assertThat(browser.text("#credited")).isEqualTo("1");
        accounts.expectBalance(insured, "0.00", "100.00", "100.00");
    }
}
