package ledger.app.accounts;

import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthlyCreditApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private String beijingEmployee() {
        return accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2020-01-10"));
    }

    /** Turns 70 in June 2024. */
    private String beijingRetireeBornJune1954() {
        return accounts.opened(AccountToOpen.of("BEIJING", "RETIREE", "1954-06-15", "2014-07-01"));
    }

    @Test
    void anEmployeeIsCreditedTwoPercentOfTheBaseIntoTheEarmarkedPotAfterTheCutover() {
        String person = beijingEmployee();

        HttpAnswer credit = accounts.credit(person, "2024-05", "12345.67", "2024-06-05");

        credit.expectJson(201).expectFields(
                "period", "2024-05",
                "amount", "246.91",
                "pot", "EARMARKED",
                "rule", "BEIJING-ACTIVE-2PCT");
        accounts.expectBalance(person, "0.00", "246.91", "246.91");
    }

    @Test
    void aCreditAllocatedOnTheCutoverDayIsEarmarked() {
        String person = beijingEmployee();

        HttpAnswer credit = accounts.credit(person, "2022-09", "12345.67", "2022-09-01");

        credit.expectJson(201).expectFields("amount", "246.91", "pot", "EARMARKED");
    }

    @Test
    void aCreditAllocatedBeforeTheCutoverIsWithdrawable() {
        String person = beijingEmployee();

        HttpAnswer credit = accounts.credit(person, "2022-08", "12345.67", "2022-08-05");

        credit.expectJson(201).expectFields(
                "period", "2022-08",
                "amount", "246.91",
                "pot", "WITHDRAWABLE",
                "rule", "BEIJING-ACTIVE-2PCT");
        accounts.expectBalance(person, "246.91", "0.00", "246.91");
    }

    @Test
    void aBeijingRetireeUnder70Gets100AndFromTheMonthOfThe70thBirthday110() {
        String person = beijingRetireeBornJune1954();

        HttpAnswer may = accounts.credit(person, "2024-05", null, "2024-05-05");
        HttpAnswer june = accounts.credit(person, "2024-06", null, "2024-06-05");

        may.expectJson(201).expectFields(
                "period", "2024-05", "amount", "100.00", "pot", "EARMARKED", "rule", "BEIJING-RETIREE-FIXED");
        june.expectJson(201).expectFields(
                "period", "2024-06", "amount", "110.00", "pot", "EARMARKED", "rule", "BEIJING-RETIREE-FIXED");
        accounts.expectBalance(person, "0.00", "210.00", "210.00");
    }

    @Test
    void aRetireesContributionBaseIsIgnored() {
        String person = beijingRetireeBornJune1954();

        HttpAnswer credit = accounts.credit(person, "2024-05", "12345.67", "2024-05-05");

        credit.expectJson(201).expectFields("amount", "100.00", "rule", "BEIJING-RETIREE-FIXED");
    }

    @Test
    void aShanghaiRetireeGets140At74And157_50FromTheMonthOfThe75thBirthday() {
        String person = accounts.opened(AccountToOpen.of("SHANGHAI", "RETIREE", "1949-03-10", "2010-01-01"));

        HttpAnswer at74 = accounts.credit(person, "2024-02", null, "2024-02-05");
        HttpAnswer at75 = accounts.credit(person, "2024-03", null, "2024-03-05");

        at74.expectJson(201).expectFields("amount", "140.00", "pot", "EARMARKED", "rule", "SHANGHAI-RETIREE-FIXED");
        at75.expectJson(201).expectFields("amount", "157.50", "pot", "EARMARKED", "rule", "SHANGHAI-RETIREE-FIXED");
        accounts.expectBalance(person, "0.00", "297.50", "297.50");
    }

    @Test
    void aWuhanFlexibleRetireeGets66() {
        String person = accounts.opened(AccountToOpen.of("WUHAN", "FLEXIBLE_RETIREE", "1958-01-01", "2018-02-01"));

        HttpAnswer credit = accounts.credit(person, "2024-05", null, "2024-05-05");

        credit.expectJson(201).expectFields(
                "amount", "66.00", "pot", "EARMARKED", "rule", "WUHAN-FLEXIBLE-RETIREE-FIXED");
        accounts.expectBalance(person, "0.00", "66.00", "66.00");
    }

    @Test
    void cannotCreditAWuhanFlexibleEmployee() {
        String person = accounts.opened(AccountToOpen.of("WUHAN", "FLEXIBLE_EMPLOYEE", "1985-01-01", "2018-02-01"));

        HttpAnswer refused = accounts.credit(person, "2024-05", "5000.00", "2024-05-05");

        refused.expectProblem(422, "category-not-credited", "WUHAN", "FLEXIBLE_EMPLOYEE");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    /** Tongliao (003 Q6) and Yuxi (002 玉 第十五条) name a share of an average pension the seeds do not give. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TONGLIAO", "YUXI"})
    void cannotCreditARetireeUntilTheBureausMonthlyAmountIsConfigured(String region) {
        String person = accounts.opened(AccountToOpen.of(region, "RETIREE", "1955-01-01", "2015-02-01")
                .withLegacyWithdrawableBalance("80.00"));

        HttpAnswer refused = accounts.credit(person, "2024-05", null, "2024-05-05");

        refused.expectProblem(422, "policy-not-configured", "monthlyAmount", region + "-RETIREE-FIXED",
                region + ".json");
        accounts.expectBalance(person, "80.00", "0.00", "80.00");
    }

    @Test
    void cannotCreditAPeriodTwice() {
        String person = beijingEmployee();
        accounts.credited(person, "2024-05", "12345.67", "2024-06-05");

        HttpAnswer again = accounts.credit(person, "2024-05", "20000.00", "2024-06-06");

        again.expectProblem(409, "period-already-credited", "2024-05", "already credited", "246.91");
        accounts.expectBalance(person, "0.00", "246.91", "246.91");
    }

    @Test
    void creditsOfSeveralPeriodsAddUpExactly() {
        String person = beijingEmployee();
        accounts.credited(person, "2022-07", "10000.00", "2022-07-05");
        accounts.credited(person, "2022-08", "12345.67", "2022-08-05");
        accounts.credited(person, "2022-09", "12345.67", "2022-09-05");

        HttpAnswer credit = accounts.credit(person, "2022-10", "8888.88", "2022-10-05");

        credit.expectJson(201).expectFields("amount", "177.78", "pot", "EARMARKED");
        accounts.expectBalance(person, "446.91", "424.69", "871.60");
    }

    @Test
    void cannotCreditAContributionBaseGivenAsAJsonNumber() {
        String person = beijingEmployee();

        HttpAnswer refused = accounts.credit(person, """
                {"period": "2024-05", "contributionBase": 12345.67, "creditedOn": "2024-06-05"}""");

        refused.expectProblem(400, "malformed-request", "contributionBase", "string");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotCreditAContributionBaseWithThreeDecimals() {
        String person = beijingEmployee();

        HttpAnswer refused = accounts.credit(person, "2024-05", "12345.678", "2024-06-05");

        refused.expectProblem(400, "malformed-request", "contributionBase", "12345.678");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotCreditANegativeContributionBase() {
        String person = beijingEmployee();

        HttpAnswer refused = accounts.credit(person, "2024-05", "-1.00", "2024-06-05");

        refused.expectProblem(400, "malformed-request", "contributionBase", "-1.00");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotCreditAnEmployeeWithoutAContributionBase() {
        String person = beijingEmployee();

        HttpAnswer refused = accounts.credit(person, "2024-05", null, "2024-06-05");

        refused.expectProblem(400, "contribution-base-required", "contributionBase");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotCreditWithoutAPeriod() {
        String person = beijingEmployee();

        HttpAnswer refused = accounts.credit(person, JsonBody.of("contributionBase", "12345.67"));

        refused.expectProblem(400, "invalid-request", "period");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotCreditAnUnknownPerson() {
        String person = AccountToOpen.newPersonId("nobody");

        HttpAnswer refused = accounts.credit(person, "2024-05", "12345.67", "2024-06-05");

        refused.expectProblem(404, "unknown-account", person);
        accounts.expectNoAccount(person);
    }
}
