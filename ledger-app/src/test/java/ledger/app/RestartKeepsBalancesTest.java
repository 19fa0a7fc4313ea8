package ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps everything in its data directory: a restarted ledger shows the same
 * books and still knows what it already applied. One test, because each start costs seconds.
 */
class RestartKeepsBalancesTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartedLedgerShowsTheSameBooksAndRemembersWhatItApplied() {
        String person;
        HttpAnswer accountBefore;
        HttpAnswer statementBefore;
        try (ConfigurableApplicationContext ledger = start()) {
            AccountSteps accounts = new AccountSteps(LedgerHttp.onPort(port(ledger)));
            person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                    .withLegacyWithdrawableBalance("500.00"));
            accounts.credited(person, "2022-08", "10000.00", "2022-08-05");
            accounts.credited(person, "2024-03", "12345.67", "2024-03-05");
            accounts.withdraw(person, "w-restart", "150.00", "2024-04-01").expectJson(201);
            accountBefore = accounts.account(person).expectJson(200);
            statementBefore = accounts.statement(person, "").expectJson(200);
        }

        try (ConfigurableApplicationContext ledger = start()) {
            AccountSteps accounts = new AccountSteps(LedgerHttp.onPort(port(ledger)));

            HttpAnswer accountAfter = accounts.account(person);
            HttpAnswer statementAfter = accounts.statement(person, "");

            accountAfter.expectJson(200).expectFields(
                    "balance.withdrawable", "550.00",
                    "balance.earmarked", "246.91",
                    "balance.total", "796.91");
            assertThat(accountAfter.json()).isEqualTo(accountBefore.json());
            statementAfter.expectJson(200);
            assertThat(statementAfter.node("entries")).hasSize(4);
            assertThat(statementAfter.json()).isEqualTo(statementBefore.json());

            accounts.credit(person, "2024-03", "12345.67", "2024-03-05").expectProblem(409, "period-already-credited", "already credited");
            accounts.withdraw(person, "w-restart", "150.00", "2024-04-01").expectJson(200)
                    .expectFields("balance.withdrawable", "550.00");
            accounts.credit(person, "2024-04", "12345.67", "2024-04-05").expectJson(201)
                    .expectFields("amount", "246.91", "pot", "EARMARKED");
            accounts.expectBalance(person, "550.00", "493.82", "1043.82");
            assertThat(accounts.statement(person, "").node("entries")).hasSize(5);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext ledger) {
        return ((WebServerApplicationContext) ledger).getWebServer().getPort();
    }
}
