package ledger.account;

import static ledger.account.AccountFixtures.CATALOG;
import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.beijingRetireeBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_RETIREE;
import static ledger.policy.Category.RETIREE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.event.AccountOpened;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RetirementRecorded;
import ledger.policy.Category;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retirement and age over the years (domain-rules §2, §8): retiree amounts from the month after
 * retirement (从退休次月起), the higher age band for the whole month of the birthday.
 */
class LifecycleRetirementTest {

    /** Turns 60 in June 2024 and retires at the end of September 2024. */
    private static final LocalDate BORN_1964 = LocalDate.of(1964, 6, 15);
    private static final LocalDate OPENED_ON = LocalDate.of(2020, 3, 1);
    private static final LocalDate RETIRED_ON = LocalDate.of(2024, 9, 30);
    private static final YearMonth SEPTEMBER_2024 = YearMonth.of(2024, 9);
    private static final YearMonth OCTOBER_2024 = YearMonth.of(2024, 10);
    private static final LocalDate SEPTEMBER_5 = LocalDate.of(2024, 9, 5);
    private static final LocalDate OCTOBER_5 = LocalDate.of(2024, 10, 5);
    private static final AccountOpened BEIJING_EMPLOYEE =
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN_1964, OPENED_ON, null);
    private static final RetirementRecorded RETIRED_END_OF_SEPTEMBER =
            new RetirementRecorded(PERSON, RETIRED_ON, EMPLOYEE, RETIREE, OCTOBER_2024);
    private static final MonthlyCreditPosted AUGUST_AS_EMPLOYEE = new MonthlyCreditPosted(PERSON,
            YearMonth.of(2024, 8), yuan("200.00"), EARMARKED, LocalDate.of(2024, 8, 5), false,
            beijingActiveBasis(EMPLOYEE, "10000.00"), balances("0.00", "200.00"));
    private static final MonthlyCreditPosted SEPTEMBER_AS_EMPLOYEE = new MonthlyCreditPosted(PERSON, SEPTEMBER_2024,
            yuan("200.00"), EARMARKED, SEPTEMBER_5, false, beijingActiveBasis(EMPLOYEE, "10000.00"),
            balances("0.00", "400.00"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void canRetireInTheMiddleOfAYearAfterMonthsCreditedAsAnEmployee() {
        fixture.given(BEIJING_EMPLOYEE, AUGUST_AS_EMPLOYEE, SEPTEMBER_AS_EMPLOYEE)
                .when(new RecordRetirement(PERSON, RETIRED_ON))
                .expectEvents(RETIRED_END_OF_SEPTEMBER);
    }

    @Test
    void theRetirementMonthIsCreditedFromTheContributionBase() {
        fixture.given(BEIJING_EMPLOYEE, AUGUST_AS_EMPLOYEE, RETIRED_END_OF_SEPTEMBER)
                .when(new PostMonthlyCredit(PERSON, SEPTEMBER_2024, yuan("10000.00"), SEPTEMBER_5))
                .expectEvents(SEPTEMBER_AS_EMPLOYEE);
    }

    @Test
    void theMonthAfterRetirementIsCreditedTheRetireeAmount() {
        fixture.given(BEIJING_EMPLOYEE, AUGUST_AS_EMPLOYEE, SEPTEMBER_AS_EMPLOYEE, RETIRED_END_OF_SEPTEMBER)
                .when(new PostMonthlyCredit(PERSON, OCTOBER_2024, null, OCTOBER_5))
                .expectEvents(new MonthlyCreditPosted(PERSON, OCTOBER_2024, yuan("100.00"), EARMARKED, OCTOBER_5,
                        false, beijingRetireeBasis(RETIREE, 60, "under 70"), balances("0.00", "500.00")));
    }

    @Test
    void theMonthAfterRetirementIgnoresAContributionBase() {
        fixture.given(BEIJING_EMPLOYEE, SEPTEMBER_AS_EMPLOYEE, RETIRED_END_OF_SEPTEMBER)
                .when(new PostMonthlyCredit(PERSON, OCTOBER_2024, yuan("10000.00"), OCTOBER_5))
                .expectEvents(new MonthlyCreditPosted(PERSON, OCTOBER_2024, yuan("100.00"), EARMARKED, OCTOBER_5,
                        false, beijingRetireeBasis(RETIREE, 60, "under 70"), balances("0.00", "500.00")));
    }

    @Test
    void aWuhanFlexibleEmployeeIsCreditedTheFlexibleRetireeAmountFromTheMonthAfterRetirement() {
        fixture.given(new AccountOpened(PERSON, "WUHAN", FLEXIBLE_EMPLOYEE, BORN_1964, OPENED_ON, null),
                        new RetirementRecorded(PERSON, RETIRED_ON, FLEXIBLE_EMPLOYEE, FLEXIBLE_RETIREE, OCTOBER_2024))
                .when(new PostMonthlyCredit(PERSON, OCTOBER_2024, null, OCTOBER_5))
                .expectEvents(new MonthlyCreditPosted(PERSON, OCTOBER_2024, yuan("66.00"), EARMARKED, OCTOBER_5,
                        false, fixedBasis("WUHAN", "WUHAN-FLEXIBLE-RETIREE-FIXED", FLEXIBLE_RETIREE, 60, "all ages",
                                LocalDate.of(2023, 1, 1)), balances("0.00", "66.00")));
    }

    @Test
    void aWuhanFlexibleEmployeeGetsNothingForTheRetirementMonth() {
        fixture.given(new AccountOpened(PERSON, "WUHAN", FLEXIBLE_EMPLOYEE, BORN_1964, OPENED_ON, null),
                        new RetirementRecorded(PERSON, RETIRED_ON, FLEXIBLE_EMPLOYEE, FLEXIBLE_RETIREE, OCTOBER_2024))
                .when(new PostMonthlyCredit(PERSON, SEPTEMBER_2024, yuan("5000.00"), SEPTEMBER_5))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "category-not-credited");
    }

    /** Born 1954-08-15: 69 in July 2024. */
    @Test
    void aBeijingRetireeUnder70IsCredited100() {
        fixture.given(beijingRetireeBorn(LocalDate.of(1954, 8, 15)))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 7), null, LocalDate.of(2024, 7, 5)))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 7), yuan("100.00"), EARMARKED,
                        LocalDate.of(2024, 7, 5), false, beijingRetireeBasis(RETIREE, 69, "under 70"),
                        balances("0.00", "100.00")));
    }

    /** Born 1954-08-15 and credited on 2024-08-05, ten days before the 70th birthday: the month counts as 70. */
    @Test
    void aBeijingRetireeIsCredited110ForTheWholeMonthOfThe70thBirthday() {
        LocalDate born = LocalDate.of(1954, 8, 15);

        fixture.given(beijingRetireeBorn(born), new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 7), yuan("100.00"),
                        EARMARKED, LocalDate.of(2024, 7, 5), false, beijingRetireeBasis(RETIREE, 69, "under 70"),
                        balances("0.00", "100.00")))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 8), null, LocalDate.of(2024, 8, 5)))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 8), yuan("110.00"), EARMARKED,
                        LocalDate.of(2024, 8, 5), false, beijingRetireeBasis(RETIREE, 70, "70 and over"),
                        balances("0.00", "210.00")));
    }

    /** Shanghai: 74 is still the lower band (以下 includes the boundary), 140.00 a month. */
    @Test
    void aShanghaiRetireeOf74IsCreditedTheLowerBand() {
        fixture.given(new AccountOpened(PERSON, "SHANGHAI", RETIREE, LocalDate.of(1949, 11, 30), OPENED_ON, null))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 10), null, OCTOBER_5))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 10), yuan("140.00"), EARMARKED,
                        OCTOBER_5, false, fixedBasis("SHANGHAI", "SHANGHAI-RETIREE-FIXED", RETIREE, 74, "74 and under",
                                LocalDate.of(2023, 7, 1)), balances("0.00", "140.00")));
    }

    /** Born 1949-11-30, credited 2024-11-05: 75 for the whole of November, 157.50. */
    @Test
    void aShanghaiRetireeIsCreditedTheUpperBandFromTheMonthOfThe75thBirthday() {
        LocalDate november5 = LocalDate.of(2024, 11, 5);

        fixture.given(new AccountOpened(PERSON, "SHANGHAI", RETIREE, LocalDate.of(1949, 11, 30), OPENED_ON, null))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 11), null, november5))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 11), yuan("157.50"), EARMARKED,
                        november5, false, fixedBasis("SHANGHAI", "SHANGHAI-RETIREE-FIXED", RETIREE, 75, "75 and over",
                                LocalDate.of(2023, 7, 1)), balances("0.00", "157.50")));
    }

    private static AccountOpened beijingRetireeBorn(LocalDate born) {
        return new AccountOpened(PERSON, "BEIJING", RETIREE, born, OPENED_ON, null);
    }

    private static CreditBasis fixedBasis(String region, String ruleId, Category category, int age, String band,
                                          LocalDate cutover) {
        String source = CATALOG.region(region).creditRules().stream().filter(rule -> rule.id().equals(ruleId))
                .findFirst().orElseThrow().source();
        return new CreditBasis(ruleId, source, category, CreditMethod.FIXED_BY_AGE_BAND, null, null, age, band, cutover);
    }
}
