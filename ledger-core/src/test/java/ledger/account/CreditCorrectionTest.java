package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.beijingRetireeBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.RETIREE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.event.AccountDebited;
import ledger.account.event.AccountOpened;
import ledger.account.event.CreditCorrected;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RetirementRecorded;
import ledger.account.value.PaymentPurpose;
import ledger.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Late-reported retirements correct the credits already posted, never refused for ever (domain-rules §8). */
class CreditCorrectionTest {

    private static final LocalDate BORN = LocalDate.of(1962, 3, 20);
    private static final LocalDate RETIRED = LocalDate.of(2024, 3, 31);
    private static final LocalDate REPORTED = LocalDate.of(2024, 6, 10);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final AccountOpened BEIJING_EMPLOYEE =
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, LocalDate.of(2020, 1, 10), null);

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    private static MonthlyCreditPosted employeeCredit(YearMonth period, String earmarkedAfter) {
        return new MonthlyCreditPosted(PERSON, period, yuan("200.00"), EARMARKED, period.atDay(5), false,
                beijingActiveBasis(EMPLOYEE, "10000.00"), balances("0.00", earmarkedAfter));
    }

    private static CreditCorrected toRetireeAmount(YearMonth period, String earmarkedAfter) {
        return new CreditCorrected(PERSON, period, "retirement on 2024-03-31", yuan("200.00"), yuan("100.00"),
                beijingRetireeBasis(RETIREE, 62, "under 70"), EARMARKED, Money.ZERO, Money.ZERO, yuan("100.00"),
                Money.ZERO, REPORTED, balances("0.00", earmarkedAfter));
    }

    @Test
    void aRetirementReportedTwoMonthsLateEndsWithTheRetireeAmounts() {
        fixture.given(BEIJING_EMPLOYEE, employeeCredit(APRIL, "200.00"), employeeCredit(MAY, "400.00"))
                .when(new RecordRetirement(PERSON, RETIRED, REPORTED))
                .expectEvents(new RetirementRecorded(PERSON, RETIRED, EMPLOYEE, RETIREE, APRIL),
                        toRetireeAmount(APRIL, "300.00"), toRetireeAmount(MAY, "200.00"));
    }

    @Test
    void aCorrectedMonthIsStillCreditedOnce() {
        fixture.given(BEIJING_EMPLOYEE, employeeCredit(APRIL, "200.00"),
                        new RetirementRecorded(PERSON, RETIRED, EMPLOYEE, RETIREE, APRIL),
                        toRetireeAmount(APRIL, "100.00"))
                .when(new PostMonthlyCredit(PERSON, APRIL, null, REPORTED))
                .expectNoEvents();

        refusals.assertRefused(ledger.refusal.ConflictWithHistory.class, "period-already-credited");
    }

    @Test
    void anOverCreditIsRecoveredAsFarAsThePotsReach() {
        AccountDebited spent = new AccountDebited(PERSON, "pay-1", EARMARKED, yuan("150.00"), PERSON, PERSON,
                PaymentPurpose.MEDICAL, "hospital-1", java.time.OffsetDateTime.parse("2024-04-10T10:00:00+08:00"),
                LocalDate.of(2024, 4, 10), balances("0.00", "50.00"));
        fixture.given(BEIJING_EMPLOYEE, employeeCredit(APRIL, "200.00"), spent)
                .when(new RecordRetirement(PERSON, RETIRED, REPORTED))
                .expectEvents(new RetirementRecorded(PERSON, RETIRED, EMPLOYEE, RETIREE, APRIL),
                        new CreditCorrected(PERSON, APRIL, "retirement on 2024-03-31", yuan("200.00"),
                                yuan("100.00"), beijingRetireeBasis(RETIREE, 62, "under 70"), EARMARKED, Money.ZERO,
                                Money.ZERO, yuan("50.00"), yuan("50.00"), REPORTED, balances("0.00", "0.00")));
    }

    @Test
    void aPreCutoverCreditIsRecoveredFromTheWithdrawablePot() {
        MonthlyCreditPosted beforeCutover = new MonthlyCreditPosted(PERSON, YearMonth.of(2022, 5), yuan("200.00"),
                WITHDRAWABLE, LocalDate.of(2022, 5, 5), false, beijingActiveBasis(EMPLOYEE, "10000.00"),
                balances("200.00", "0.00"));
        fixture.given(BEIJING_EMPLOYEE, beforeCutover)
                .when(new RecordRetirement(PERSON, LocalDate.of(2022, 4, 30), REPORTED))
                .expectEvents(new RetirementRecorded(PERSON, LocalDate.of(2022, 4, 30), EMPLOYEE, RETIREE,
                                YearMonth.of(2022, 5)),
                        new CreditCorrected(PERSON, YearMonth.of(2022, 5), "retirement on 2022-04-30",
                                yuan("200.00"), yuan("100.00"), beijingRetireeBasis(RETIREE, 60, "under 70"),
                                WITHDRAWABLE, Money.ZERO, yuan("100.00"), Money.ZERO, Money.ZERO, REPORTED,
                                balances("100.00", "0.00")));
    }
}
