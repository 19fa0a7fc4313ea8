package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.WithdrawCash;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.batch.CreditEvents.Credit;
import ledger.money.Money;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A payment lands on an account while the monthly run is crediting the chunk that holds it: the run
 * read the account's stream before the payment, so its append collides with the payment's. The run
 * then credits those accounts again one by one from their fresh streams: each is credited once, after
 * the withdrawal, with a balance that counts both and an unbroken hash chain.
 */
class CreditRaceApiTest extends LedgerApiTest {

    private static final String REGION = "BEIJING";
    private static final String PERIOD = "2022-03";

    @Autowired
    private CommandBus commandBus;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReadModelCatchUp catchUp;

    @LocalServerPort
    private int port;

    @Test
    void aWithdrawalStoredWhileItsChunkIsCreditedLeavesTheAccountCreditedOnceAfterIt() {
        AccountSteps accounts = new AccountSteps(http);
        List<String> opened = Stream.of(employee(), employee()).map(accounts::opened).sorted().toList();
        // the run credits a unit's accounts in ascending id order: the first is credited before the raced one
        String first = opened.get(0);
        String raced = opened.get(1);
        Roster roster = new Roster();
        roster.line(raced, PERIOD, "6000.00", "2022-03-18");
        roster.line(first, PERIOD, "5000.00", "2022-03-18");
        long mark = CreditEvents.lastGlobalIndex(jdbc);

        Report report;
        AtomicBoolean withdrawn = new AtomicBoolean();
        Registration race = commandBus.registerHandlerInterceptor(withdrawOnceWhileCrediting(first, raced, withdrawn));
        try {
            report = new BatchSteps(http, port).completed(roster, REGION, PERIOD, null, "2022-04-05");
        } finally {
            race.cancel();
        }

        assertThat(withdrawn).as("the withdrawal ran while the chunk was being credited").isTrue();
        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, mark), report.batchId());
        assertThat(written).as("credits of the run").filteredOn(credit -> credit.personId().equals(first))
                .singleElement().satisfies(credit -> assertThat(credit.amount()).isEqualByComparingTo("100.00"));
        assertThat(written).as("credits of the run").filteredOn(credit -> credit.personId().equals(raced))
                .singleElement().satisfies(credit -> assertThat(credit.amount()).isEqualByComparingTo("120.00"));
        List<String> types = AuditedHistory.events(http, raced).stream().map(e -> e.path("type").asText()).toList();
        assertThat(types).as("history of %s", raced)
                .containsExactly("AccountOpened", "LegacyBalanceMigrated", "CashWithdrawn", "MonthlyCreditPosted");
        JsonNode verification = AuditedHistory.verification(http, raced);
        assertThat(verification.path("hashChainIntact").asBoolean()).as("%s", verification).isTrue();
        catchUp.awaitAccounts(List.of(first, raced));
        // before Beijing's cutover (2022-09-01) credits go to the withdrawable pot, which Beijing pays in cash
        accounts.expectBalance(raced, "590.00", "0.00", "590.00");
        accounts.expectBalance(first, "600.00", "0.00", "600.00");
    }

    /** When the run credits the first account, the raced account's withdrawal is stored by another thread. */
    private MessageHandlerInterceptor<CommandMessage<?>> withdrawOnceWhileCrediting(String first, String raced,
                                                                                   AtomicBoolean withdrawn) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof PostMonthlyCredit credit
                    && credit.personId().equals(first) && withdrawn.compareAndSet(false, true)) {
                CompletableFuture.runAsync(() -> commands.sendAndWait(new WithdrawCash(raced, "race-" + raced,
                        Money.parse("30.00"), LocalDate.parse("2022-03-20")))).join();
            }
            return chain.proceed();
        };
    }

    private static AccountToOpen employee() {
        return AccountToOpen.of(REGION, "EMPLOYEE", "1982-02-02", "2020-01-01").withLegacyWithdrawableBalance("500.00");
    }
}
