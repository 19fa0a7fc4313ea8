package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.quarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.policy.Category.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.TransferIn;
import ledger.account.command.WithdrawCash;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.TransferredIn;
import ledger.money.MoneyLimits;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing takes effect before the account was opened, and no balance grows beyond what reads back. */
class AccountBoundsTest {

    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    private static final AccountOpened OPENING =
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED, null);
    private static final LegacyBalanceMigrated LEGACY =
            new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED, balances("500.00", "0.00"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void cannotWithdrawOnADayBeforeTheAccountWasOpened() {
        fixture.given(OPENING, LEGACY)
                .when(new WithdrawCash(PERSON, "w-1", yuan("10.00"), OPENED.minusDays(1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-opening");
    }

    /** Backdated before the money arrived, the withdrawal would leave the days in between negative. */
    @Test
    void cannotWithdrawOnADayBeforeTheMoneyArrived() {
        fixture.given(OPENING, new LegacyBalanceMigrated(PERSON, yuan("500.00"), LocalDate.of(2024, 3, 1),
                        balances("500.00", "0.00")))
                .when(new WithdrawCash(PERSON, "w-1", yuan("10.00"), LocalDate.of(2024, 2, 1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "exceeds-withdrawable");
        assertThat(refusals.refusal().getMessage()).contains("pot of 0.00 on 2024-02-01 and every day after");
    }

    /** A withdrawal dated later spends its money from then on: an earlier one may take only the rest. */
    @Test
    void aBackdatedWithdrawalMayTakeOnlyWhatEveryLaterDayStillHolds() {
        fixture.given(OPENING, LEGACY,
                        new CashWithdrawn(PERSON, "w-1", yuan("400.00"), LocalDate.of(2024, 6, 1),
                                balances("100.00", "0.00")))
                .when(new WithdrawCash(PERSON, "w-2", yuan("100.00"), LocalDate.of(2024, 5, 1)))
                .expectEvents(new CashWithdrawn(PERSON, "w-2", yuan("100.00"), LocalDate.of(2024, 5, 1),
                        balances("0.00", "0.00")));
    }

    @Test
    void cannotAllocateACreditBeforeTheAccountWasOpened() {
        fixture.given(OPENING)
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2022, 1), yuan("12345.67"), LocalDate.of(2022, 1, 5)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-opening");
    }

    @Test
    void cannotReceiveATransferBeforeTheAccountWasOpened() {
        fixture.given(OPENING)
                .when(new TransferIn(PERSON, "t-1", "SHANGHAI", yuan("10.00"), OPENED.minusDays(1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-opening");
    }

    @Test
    void paysNoInterestForAQuarterThatEndedBeforeTheAccountWasOpened() {
        fixture.given(OPENING, LEGACY)
                .when(new PostInterest(PERSON, quarter("2021-Q4"), LocalDate.of(2024, 1, 1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "quarter-before-opening");
    }

    @Test
    void cannotCreditAPeriodOfTheYear2999() {
        assertThatThrownBy(() -> new PostMonthlyCredit(PERSON, YearMonth.of(2999, 1), yuan("12345.67"),
                LocalDate.of(2999, 1, 5)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("date-out-of-range"));
    }

    @Test
    void cannotTransferInMoreThanTheLargestAmount() {
        assertThatThrownBy(() -> new TransferIn(PERSON, "t-1", "SHANGHAI", yuan("999999999999999.99"), OPENED))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("amount-too-large"));
    }

    /** Every balance an event records must read back as Money: the ledger stops at its balance maximum. */
    @Test
    void cannotTransferInBeyondTheLargestBalance() {
        fixture.given(OPENING, new TransferredIn(PERSON, "t-1", "SHANGHAI", MoneyLimits.AMOUNT_MAX,
                        LocalDate.of(2024, 5, 10), balances("0.00", MoneyLimits.BALANCE_MAX.toString())))
                .when(new TransferIn(PERSON, "t-2", "SHANGHAI", yuan("0.01"), LocalDate.of(2024, 5, 11)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "balance-limit");
    }

    @Test
    void cannotTransferInFromARegionOfAnotherForm() {
        for (String region : new String[] {"shanghai", "SHANG HAI", "X", "A".repeat(33), "SH/1"}) {
            assertThatThrownBy(() -> new TransferIn(PERSON, "t-1", region, yuan("10.00"), OPENED))
                    .as(region).isInstanceOfSatisfying(InvalidInput.class,
                            refusal -> assertThat(refusal.code()).isEqualTo("invalid-region-code"));
        }
    }

    @Test
    void creditsAMonthAllocatedOnTheDayOfOpening() {
        fixture.given(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20),
                        LocalDate.of(2024, 3, 5), null))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 3), yuan("12345.67"), LocalDate.of(2024, 3, 5)))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 3), yuan("246.91"), EARMARKED,
                        LocalDate.of(2024, 3, 5), false, beijingActiveBasis(EMPLOYEE, "12345.67"),
                        balances("0.00", "246.91")));
    }
}
