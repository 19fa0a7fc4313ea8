package ledger.account;

import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.yuan;
import static ledger.policy.Category.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ledger.account.command.CloseAccount;
import ledger.account.command.CloseAccountToHeir;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.event.AccountClosed;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.InheritanceCredited;
import ledger.account.receipt.ClosureReceipt;
import ledger.account.value.ClosureReason;
import ledger.payment.InMemoryLedger;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On death the balance may go into an heir's account in the region, pot by pot: 208 in the deceased's
 * statement, 106 in the heir's (004 第九条, 002 汉 第十条, 玉 第十八条).
 */
class InheritanceTest {

    private static final String DECEASED = "110101195005200011";
    private static final String HEIR = "110101198003030033";
    private static final String SHANGHAI_HEIR = "310101198207070044";
    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    private static final LocalDate DIED_ON = LocalDate.of(2024, 6, 10);
    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 7, 1);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Map<String, List<Object>> before;

    @BeforeEach
    void openAccounts() {
        ledger.send(new OpenAccount(DECEASED, "BEIJING", EMPLOYEE, LocalDate.of(1950, 5, 20), OPENED, null,
                yuan("300.00")));
        ledger.send(new PostMonthlyCredit(DECEASED, java.time.YearMonth.of(2024, 5), yuan("5000.00"),
                LocalDate.of(2024, 5, 5)));
        ledger.send(new OpenAccount(HEIR, "BEIJING", EMPLOYEE, LocalDate.of(1980, 3, 3), OPENED, null, yuan("50.00")));
        ledger.send(new OpenAccount(SHANGHAI_HEIR, "SHANGHAI", EMPLOYEE, LocalDate.of(1982, 7, 7), OPENED, null, null));
        before = ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR);
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private List<Object> newEventsOf(String personId) {
        List<Object> all = ledger.eventsOf(personId);
        return all.subList(before.get(personId).size(), all.size());
    }

    @Test
    void theBalanceOfTheDeceasedGoesIntoTheHeirsAccountPotByPot() {
        ClosureReceipt receipt = ledger.send(new CloseAccountToHeir(DECEASED, DIED_ON, HEIR, CLOSED_ON));

        assertThat(receipt).isEqualTo(new ClosureReceipt(yuan("0.00"), yuan("0.00"), yuan("400.00"), HEIR, "208"));
        assertThat(newEventsOf(DECEASED)).containsExactly(
                new BalancePaidOut(DECEASED, ClosureReason.DECEASED, HEIR, yuan("300.00"), yuan("100.00"), CLOSED_ON,
                        balances("0.00", "0.00")),
                new AccountClosed(DECEASED, ClosureReason.DECEASED, DIED_ON, HEIR, CLOSED_ON));
        assertThat(newEventsOf(HEIR)).containsExactly(new InheritanceCredited(HEIR, DECEASED, yuan("300.00"),
                yuan("100.00"), CLOSED_ON, balances("350.00", "100.00")));
    }

    @Test
    void cannotCreditAnHeirInAnotherRegion() {
        ledger.assertRefused(new CloseAccountToHeir(DECEASED, DIED_ON, SHANGHAI_HEIR, CLOSED_ON), RuleRefusal.class,
                "heir-in-other-region");
        assertThat(ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR)).isEqualTo(before);
    }

    @Test
    void cannotCreditAClosedHeirAccount() {
        ledger.send(new CloseAccount(HEIR, ClosureReason.OTHER_SCHEME, DIED_ON, null, CLOSED_ON));
        before = ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR);

        ledger.assertRefused(new CloseAccountToHeir(DECEASED, DIED_ON, HEIR, CLOSED_ON), RuleRefusal.class,
                "heir-account-closed");
        assertThat(ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR)).isEqualTo(before);
    }

    @Test
    void cannotCreditAnHeirWithoutAnAccount() {
        ledger.assertRefused(new CloseAccountToHeir(DECEASED, DIED_ON, "110101199901010099", CLOSED_ON),
                RuleRefusal.class, "heir-account-unknown");
        assertThat(ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR)).isEqualTo(before);
    }

    @Test
    void cannotNameTheDeceasedAsHisOwnHeir() {
        ledger.assertRefused(new CloseAccountToHeir(DECEASED, DIED_ON, DECEASED, CLOSED_ON), InvalidInput.class,
                "heir-is-deceased");
    }

    @Test
    void cannotBequeathAClosedAccount() {
        ledger.send(new CloseAccountToHeir(DECEASED, DIED_ON, HEIR, CLOSED_ON));
        before = ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR);

        ledger.assertRefused(new CloseAccountToHeir(DECEASED, DIED_ON, HEIR, CLOSED_ON), ConflictWithHistory.class,
                "account-closed");
        assertThat(ledger.histories(DECEASED, HEIR, SHANGHAI_HEIR)).isEqualTo(before);
    }
}
