package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.ReverseCredit;
import ledger.account.event.AccountDebited;
import ledger.account.event.AccountOpened;
import ledger.account.event.CreditReversed;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.receipt.ReversalReceipt;
import ledger.account.value.PaymentPurpose;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.assertj.core.api.Assertions;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A credit posted in error is reversed by a new event (退收, code 104); the period can be credited again. */
class CreditReversalTest {

    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final LocalDate REVERSED_ON = LocalDate.of(2024, 4, 20);
    private static final String REASON = "contribution refunded by the tax bureau";
    private static final AccountOpened BEIJING_EMPLOYEE = new AccountOpened(PERSON, "BEIJING", EMPLOYEE,
            LocalDate.of(1980, 5, 20), LocalDate.of(2020, 1, 10), null);
    private static final MonthlyCreditPosted APRIL_CREDITED = new MonthlyCreditPosted(PERSON, APRIL, yuan("200.00"),
            EARMARKED, APRIL.atDay(5), false, beijingActiveBasis(EMPLOYEE, "10000.00"), balances("0.00", "200.00"));
    private static final CreditReversed APRIL_REVERSED = new CreditReversed(PERSON, APRIL, yuan("200.00"),
            beijingActiveBasis(EMPLOYEE, "10000.00"), REASON, Money.ZERO, yuan("200.00"), REVERSED_ON,
            balances("0.00", "0.00"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void canReverseACreditPostedInError() {
        fixture.given(BEIJING_EMPLOYEE, APRIL_CREDITED)
                .when(new ReverseCredit(PERSON, APRIL, REASON, REVERSED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(APRIL_REVERSED)
                .expectResultMessagePayload(new ReversalReceipt(APRIL_REVERSED, false));
    }

    @Test
    void aReversedPeriodCanBeCreditedAgain() {
        fixture.given(BEIJING_EMPLOYEE, APRIL_CREDITED, APRIL_REVERSED)
                .when(new PostMonthlyCredit(PERSON, APRIL, yuan("8000.00"), LocalDate.of(2024, 5, 5)))
                .expectEvents(new MonthlyCreditPosted(PERSON, APRIL, yuan("160.00"), EARMARKED,
                        LocalDate.of(2024, 5, 5), true, beijingActiveBasis(EMPLOYEE, "8000.00"),
                        balances("0.00", "160.00")));
    }

    @Test
    void cannotReverseAPeriodNeverCredited() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new ReverseCredit(PERSON, APRIL, REASON, REVERSED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "period-not-credited");
    }

    @Test
    void theSameReversalAskedAgainAnswersTheStoredOneAndReversesNothingTwice() {
        fixture.given(BEIJING_EMPLOYEE, APRIL_CREDITED, APRIL_REVERSED)
                .when(new ReverseCredit(PERSON, APRIL, REASON, REVERSED_ON.plusDays(3)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ReversalReceipt(APRIL_REVERSED, true));
    }

    @Test
    void cannotReverseAReversedCreditForAnotherReason() {
        fixture.given(BEIJING_EMPLOYEE, APRIL_CREDITED, APRIL_REVERSED)
                .when(new ReverseCredit(PERSON, APRIL, "another reason", REVERSED_ON))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "credit-already-reversed");
    }

    @Test
    void cannotReverseACreditWhoseMoneyWasSpent() {
        AccountDebited spent = new AccountDebited(PERSON, "pay-1", EARMARKED, yuan("150.00"), PERSON, PERSON,
                PaymentPurpose.MEDICAL, "hospital-1", OffsetDateTime.parse("2024-04-10T10:00:00+08:00"),
                LocalDate.of(2024, 4, 10), balances("0.00", "50.00"));
        fixture.given(BEIJING_EMPLOYEE, APRIL_CREDITED, spent)
                .when(new ReverseCredit(PERSON, APRIL, REASON, REVERSED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "reversal-exceeds-balance");
    }

    @Test
    void cannotReverseWithoutAReason() {
        Assertions.assertThatThrownBy(() -> new ReverseCredit(PERSON, APRIL, " ", REVERSED_ON))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reason");
    }
}
