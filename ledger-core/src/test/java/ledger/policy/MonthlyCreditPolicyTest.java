package ledger.policy;

import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_RETIREE;
import static ledger.policy.Category.RETIREE;
import static ledger.policy.CreditMethod.FIXED_BY_AGE_BAND;
import static ledger.policy.CreditMethod.PERCENT_OF_CONTRIBUTION_BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyCreditPolicyTest {

    private static final PolicyCatalog CATALOG = PolicyCatalog.shipped();
    private static final MonthlyCreditPolicy POLICY = new MonthlyCreditPolicy(CATALOG);
    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");
    private static final LocalDate BEIJING_CUTOVER = LocalDate.of(2022, 9, 1);
    private static final LocalDate SHANGHAI_CUTOVER = LocalDate.of(2023, 7, 1);
    private static final LocalDate WUHAN_CUTOVER = LocalDate.of(2023, 1, 1);
    private static final LocalDate WORKER_BORN = LocalDate.of(1980, 5, 20);
    /** Turns 70 in June 2024. */
    private static final LocalDate BORN_1954_06_15 = LocalDate.of(1954, 6, 15);
    /** Turns 75 in March 2025. */
    private static final LocalDate BORN_1950_03_10 = LocalDate.of(1950, 3, 10);
    private static final YearMonth MAY_2024 = YearMonth.of(2024, 5);

    @Test
    void creditsBeijingEmployeeTwoPercentOfContributionBase() {
        CreditDecision decision = decide("BEIJING", EMPLOYEE, WORKER_BORN, MAY_2024, "12345.67", "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("246.91"), Pot.EARMARKED,
                percentBasis("BEIJING", "BEIJING-ACTIVE-2PCT", EMPLOYEE, "12345.67", BEIJING_CUTOVER)));
    }

    @Test
    void creditsBeijingFlexibleEmployeeAsAnEmployee() {
        CreditDecision decision = decide("BEIJING", FLEXIBLE_EMPLOYEE, WORKER_BORN, MAY_2024, "12345.67",
                "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("246.91"), Pot.EARMARKED,
                percentBasis("BEIJING", "BEIJING-ACTIVE-2PCT", FLEXIBLE_EMPLOYEE, "12345.67", BEIJING_CUTOVER)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "SHANGHAI, EMPLOYEE,          SHANGHAI-ACTIVE-2PCT,   2023-07-01",
            "SHANGHAI, FLEXIBLE_EMPLOYEE, SHANGHAI-ACTIVE-2PCT,   2023-07-01",
            "WUHAN,    EMPLOYEE,          WUHAN-EMPLOYEE-2PCT,    2023-01-01",
            "TONGLIAO, EMPLOYEE,          TONGLIAO-EMPLOYEE-2PCT, 2022-10-01",
            "QINGYANG, EMPLOYEE,          QINGYANG-ACTIVE-2PCT,   2023-01-01",
            "QINGYANG, FLEXIBLE_EMPLOYEE, QINGYANG-ACTIVE-2PCT,   2023-01-01",
            "YUXI,     EMPLOYEE,          YUXI-ACTIVE-2PCT,       2023-01-01",
            "YUXI,     FLEXIBLE_EMPLOYEE, YUXI-ACTIVE-2PCT,       2023-01-01"})
    void creditsEveryOtherRegionsActiveWorkerTwoPercentOfContributionBase(String region, Category category,
            String ruleId, LocalDate cutover) {
        CreditDecision decision = decide(region, category, WORKER_BORN, MAY_2024, "4567.89", "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("91.36"), Pot.EARMARKED,
                percentBasis(region, ruleId, category, "4567.89", cutover)));
    }

    /** 003 Q6: a flexible worker who holds an account is credited as an employee (the seed's "未建立个人账户的" have none). */
    @Test
    void creditsTongliaoFlexibleWorkerWhoHoldsAnAccountTwoPercentOfBase() {
        CreditDecision decision = decide("TONGLIAO", FLEXIBLE_EMPLOYEE, WORKER_BORN, MAY_2024, "4567.89", "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("91.36"), Pot.EARMARKED, percentBasis("TONGLIAO",
                "TONGLIAO-EMPLOYEE-2PCT", FLEXIBLE_EMPLOYEE, "4567.89", LocalDate.of(2022, 10, 1))));
    }

    /** 002 玉 第十五条 and 第三十一条: 2% of base; money allocated from 2023-01-01 on is earmarked. */
    @Test
    void creditsYuxiEmployeeTwoPercentOfBaseEarmarkedFromTheCutoverOf2023() {
        CreditDecision before = decide("YUXI", EMPLOYEE, WORKER_BORN, YearMonth.of(2022, 12), "6000.00", "2022-12-31");
        CreditDecision from = decide("YUXI", EMPLOYEE, WORKER_BORN, YearMonth.of(2022, 12), "6000.00", "2023-01-01");

        assertThat(before).isEqualTo(new CreditDecision(yuan("120.00"), Pot.WITHDRAWABLE, percentBasis("YUXI",
                "YUXI-ACTIVE-2PCT", EMPLOYEE, "6000.00", LocalDate.of(2023, 1, 1))));
        assertThat(from.pot()).isEqualTo(Pot.EARMARKED);
    }

    @Test
    void creditsBeijingRetireeUnder70OneHundredYuan() {
        CreditDecision decision = decide("BEIJING", RETIREE, BORN_1954_06_15, MAY_2024, null, "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("100.00"), Pot.EARMARKED,
                fixedBasis("BEIJING", "BEIJING-RETIREE-FIXED", RETIREE, 69, "under 70", BEIJING_CUTOVER)));
    }

    @Test
    void creditsBeijingRetiree110YuanForTheWholeMonthOfThe70thBirthday() {
        CreditDecision decision = decide("BEIJING", RETIREE, BORN_1954_06_15, YearMonth.of(2024, 6), null,
                "2024-06-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("110.00"), Pot.EARMARKED,
                fixedBasis("BEIJING", "BEIJING-RETIREE-FIXED", RETIREE, 70, "70 and over", BEIJING_CUTOVER)));
    }

    /**
     * In a common year the 70th birthday of a person born on 29 February falls in February (Civil Code
     * art. 201: with no corresponding day the period ends on the month's last day), so the higher band
     * holds for that February like for anyone else's birthday month.
     */
    @Test
    void creditsHigherBandInFebruaryOfACommonYearToAPersonBornOnLeapDay() {
        CreditDecision decision = decide("BEIJING", RETIREE, LocalDate.of(1952, 2, 29), YearMonth.of(2022, 2),
                null, "2022-02-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("110.00"), Pot.WITHDRAWABLE,
                fixedBasis("BEIJING", "BEIJING-RETIREE-FIXED", RETIREE, 70, "70 and over", BEIJING_CUTOVER)));
    }

    @Test
    void creditsBeijingFlexibleRetireeAsARetiree() {
        CreditDecision decision = decide("BEIJING", FLEXIBLE_RETIREE, BORN_1954_06_15, MAY_2024, null,
                "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("100.00"), Pot.EARMARKED,
                fixedBasis("BEIJING", "BEIJING-RETIREE-FIXED", FLEXIBLE_RETIREE, 69, "under 70", BEIJING_CUTOVER)));
    }

    @Test
    void creditsShanghaiRetireeAged74OneHundredFortyYuan() {
        CreditDecision decision = decide("SHANGHAI", RETIREE, BORN_1950_03_10, YearMonth.of(2025, 2), null,
                "2025-02-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("140.00"), Pot.EARMARKED,
                fixedBasis("SHANGHAI", "SHANGHAI-RETIREE-FIXED", RETIREE, 74, "74 and under", SHANGHAI_CUTOVER)));
    }

    @Test
    void creditsShanghaiRetiree157Yuan50ForTheWholeMonthOfThe75thBirthday() {
        CreditDecision decision = decide("SHANGHAI", RETIREE, BORN_1950_03_10, YearMonth.of(2025, 3), null,
                "2025-03-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("157.50"), Pot.EARMARKED,
                fixedBasis("SHANGHAI", "SHANGHAI-RETIREE-FIXED", RETIREE, 75, "75 and over", SHANGHAI_CUTOVER)));
    }

    @Test
    void creditsShanghaiFlexibleRetireeAsARetiree() {
        CreditDecision decision = decide("SHANGHAI", FLEXIBLE_RETIREE, BORN_1950_03_10, YearMonth.of(2025, 3), null,
                "2025-03-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("157.50"), Pot.EARMARKED, fixedBasis("SHANGHAI",
                "SHANGHAI-RETIREE-FIXED", FLEXIBLE_RETIREE, 75, "75 and over", SHANGHAI_CUTOVER)));
    }

    @Test
    void creditsWuhanRetiree83Yuan() {
        CreditDecision decision = decide("WUHAN", RETIREE, BORN_1954_06_15, MAY_2024, null, "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("83.00"), Pot.EARMARKED,
                fixedBasis("WUHAN", "WUHAN-RETIREE-FIXED", RETIREE, 69, "all ages", WUHAN_CUTOVER)));
    }

    @Test
    void creditsWuhanFlexibleRetiree66Yuan() {
        CreditDecision decision = decide("WUHAN", FLEXIBLE_RETIREE, BORN_1954_06_15, MAY_2024, null, "2024-05-05");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("66.00"), Pot.EARMARKED,
                fixedBasis("WUHAN", "WUHAN-FLEXIBLE-RETIREE-FIXED", FLEXIBLE_RETIREE, 69, "all ages", WUHAN_CUTOVER)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"WUHAN, WUHAN-FLEXIBLE-NONE"})
    void cannotCreditFlexibleEmployeeWhereTheRegionCreditsNone(String region, String ruleId) {
        assertThatThrownBy(() -> decide(region, FLEXIBLE_EMPLOYEE, WORKER_BORN, MAY_2024, "4567.89", "2024-05-05"))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("category-not-credited"))
                .hasMessageContaining(ruleId);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "TONGLIAO, RETIREE,          TONGLIAO-RETIREE-FIXED",
            "TONGLIAO, FLEXIBLE_RETIREE, TONGLIAO-RETIREE-FIXED",
            "QINGYANG, RETIREE,          QINGYANG-RETIREE-FIXED",
            "QINGYANG, FLEXIBLE_RETIREE, QINGYANG-RETIREE-FIXED",
            "YUXI,     RETIREE,          YUXI-RETIREE-FIXED",
            "YUXI,     FLEXIBLE_RETIREE, YUXI-RETIREE-FIXED"})
    void cannotCreditRetireeUntilTheBureausFigureIsConfigured(String region, Category category, String ruleId) {
        assertThatThrownBy(() -> decide(region, category, BORN_1954_06_15, MAY_2024, null, "2024-05-05"))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("policy-not-configured"))
                .hasMessageContaining("creditRules[id=" + ruleId + "].bands[fromAge=0].monthlyAmount")
                .hasMessageContaining(region + ".json");
    }

    @Test
    void creditsBeijingMoneyAllocatedTheDayBeforeCutoverToTheWithdrawablePot() {
        CreditDecision decision = decide("BEIJING", EMPLOYEE, WORKER_BORN, YearMonth.of(2022, 8), "10000.00",
                "2022-08-31");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("200.00"), Pot.WITHDRAWABLE,
                percentBasis("BEIJING", "BEIJING-ACTIVE-2PCT", EMPLOYEE, "10000.00", BEIJING_CUTOVER)));
    }

    @Test
    void creditsBeijingMoneyAllocatedOnCutoverDayToTheEarmarkedPotWhateverItsPeriod() {
        CreditDecision decision = decide("BEIJING", EMPLOYEE, WORKER_BORN, YearMonth.of(2022, 8), "10000.00",
                "2022-09-01");

        assertThat(decision).isEqualTo(new CreditDecision(yuan("200.00"), Pot.EARMARKED,
                percentBasis("BEIJING", "BEIJING-ACTIVE-2PCT", EMPLOYEE, "10000.00", BEIJING_CUTOVER)));
    }

    @Test
    void creditsShanghaiMoneyAllocatedTheDayBeforeCutoverToTheWithdrawablePot() {
        CreditDecision decision = decide("SHANGHAI", EMPLOYEE, WORKER_BORN, YearMonth.of(2023, 6), "10000.00",
                "2023-06-30");

        assertThat(decision.pot()).isEqualTo(Pot.WITHDRAWABLE);
    }

    @Test
    void creditsShanghaiMoneyAllocatedOnCutoverDayToTheEarmarkedPot() {
        CreditDecision decision = decide("SHANGHAI", EMPLOYEE, WORKER_BORN, YearMonth.of(2023, 6), "10000.00",
                "2023-07-01");

        assertThat(decision.pot()).isEqualTo(Pot.EARMARKED);
    }

    @Test
    void cannotCreditEmployeeWithoutContributionBase() {
        assertThatThrownBy(() -> decide("BEIJING", EMPLOYEE, WORKER_BORN, MAY_2024, null, "2024-05-05"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("contribution-base-required"));
    }

    @Test
    void cannotCreditEmployeeOnZeroContributionBase() {
        assertThatThrownBy(() -> decide("BEIJING", EMPLOYEE, WORKER_BORN, MAY_2024, "0.00", "2024-05-05"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("contribution-base-required"));
    }

    @Test
    void cannotCreditInAnUnknownRegion() {
        assertThatThrownBy(() -> decide("HANGZHOU", EMPLOYEE, WORKER_BORN, MAY_2024, "4567.89", "2024-05-05"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("unknown-region"));
    }

    private static CreditDecision decide(String region, Category category, LocalDate birthDate, YearMonth period,
            String contributionBase, String allocationDate) {
        return POLICY.decide(new CreditInput(region, category, birthDate, period,
                contributionBase == null ? null : yuan(contributionBase), LocalDate.parse(allocationDate)));
    }

    private static CreditBasis percentBasis(String region, String ruleId, Category category, String base,
            LocalDate cutover) {
        return new CreditBasis(ruleId, sourceOf(region, ruleId), category, PERCENT_OF_CONTRIBUTION_BASE, yuan(base),
                TWO_PERCENT, null, null, cutover);
    }

    private static CreditBasis fixedBasis(String region, String ruleId, Category category, int age, String band,
            LocalDate cutover) {
        return new CreditBasis(ruleId, sourceOf(region, ruleId), category, FIXED_BY_AGE_BAND, null, null, age, band,
                cutover);
    }

    /** The free-text citation of the rule; every other field of a basis is spelled out in the tests. */
    private static String sourceOf(String region, String ruleId) {
        return CATALOG.region(region).creditRules().stream()
                .filter(rule -> rule.id().equals(ruleId))
                .findFirst().orElseThrow().source();
    }

    private static Money yuan(String yuan) {
        return Money.parse(yuan);
    }
}
