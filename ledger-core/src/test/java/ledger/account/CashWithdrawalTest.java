package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.WithdrawCash;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.receipt.WithdrawalReceipt;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CashWithdrawalTest {

    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    private static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);
    private static final String WITHDRAWAL = "w-2024-0001";
    /** 500.00 withdrawable from the old system and 246.91 earmarked from a post-reform credit. */
    private static final Object[] HISTORY = {
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED, null),
            new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED, balances("500.00", "0.00")),
            new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 3), yuan("246.91"), EARMARKED, LocalDate.of(2024, 3, 5),
                    false, beijingActiveBasis(EMPLOYEE, "12345.67"), balances("500.00", "246.91"))};
    private static final CashWithdrawn WITHDRAWN =
            new CashWithdrawn(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1, balances("300.00", "246.91"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void canWithdrawFromTheWithdrawablePot() {
        fixture.given(HISTORY)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1))
                .expectEvents(WITHDRAWN)
                .expectResultMessagePayload(new WithdrawalReceipt(WITHDRAWAL, yuan("200.00"), APRIL_1,
                        balances("300.00", "246.91"), false));
    }

    @Test
    void canWithdrawTheWholeWithdrawablePot() {
        fixture.given(HISTORY)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("500.00"), APRIL_1))
                .expectEvents(new CashWithdrawn(PERSON, WITHDRAWAL, yuan("500.00"), APRIL_1,
                        balances("0.00", "246.91")));
    }

    @Test
    void canWithdrawAPreReformCredit() {
        LocalDate august31 = LocalDate.of(2022, 8, 31);

        fixture.given(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED, null),
                        new MonthlyCreditPosted(PERSON, YearMonth.of(2022, 8), yuan("200.00"), WITHDRAWABLE, august31,
                                false, beijingActiveBasis(EMPLOYEE, "10000.00"), balances("200.00", "0.00")))
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1))
                .expectEvents(new CashWithdrawn(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1,
                        balances("0.00", "0.00")));
    }

    @Test
    void cannotWithdrawMoreThanTheWithdrawablePotEvenWhenEarmarkedMoneyCouldCoverIt() {
        fixture.given(HISTORY)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("500.01"), APRIL_1))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "exceeds-withdrawable");
    }

    @Test
    void cannotWithdrawZero() {
        fixture.given(HISTORY)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, Money.ZERO, APRIL_1))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "zero-amount");
    }

    @Test
    void repeatsTheSameWithdrawalWithoutPayingTwice() {
        fixture.given(HISTORY).andGiven(WITHDRAWN)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new WithdrawalReceipt(WITHDRAWAL, yuan("200.00"), APRIL_1,
                        balances("300.00", "246.91"), true));
    }

    @Test
    void cannotReuseAWithdrawalIdForAnotherAmount() {
        fixture.given(HISTORY).andGiven(WITHDRAWN)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("200.01"), APRIL_1))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "withdrawal-id-reused");
    }

    @Test
    void cannotReuseAWithdrawalIdForAnotherDay() {
        fixture.given(HISTORY).andGiven(WITHDRAWN)
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1.plusDays(1)))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "withdrawal-id-reused");
    }

    /** Only Beijing's seed pays pre-reform money in cash (000 Q11–Q13); elsewhere it is a bureau's switch, off. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SHANGHAI", "WUHAN", "TONGLIAO", "QINGYANG", "YUXI"})
    void cannotWithdrawCashWhereTheRegionPaysNoCash(String region) {
        fixture.given(new AccountOpened(PERSON, region, EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED, null),
                        new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED, balances("500.00", "0.00")))
                .when(new WithdrawCash(PERSON, WITHDRAWAL, yuan("200.00"), APRIL_1))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "cash-withdrawal-not-allowed");
    }
}
