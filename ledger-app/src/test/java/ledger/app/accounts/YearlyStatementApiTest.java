package ledger.app.accounts;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.SETTLEMENT;

import ledger.app.LedgerApiTest;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly statement over HTTP (000 Q31). A Beijing holder with 500.00 of old money and a 200.00
 * credit for December 2023; in 2024 his child pays 180.00 at a hospital from the holder's account,
 * the holder withdraws 100.00 in cash and pays the child's 50.00 resident-insurance premium.
 */
class YearlyStatementApiTest extends LedgerApiTest {

    private String holder;
    private String child;

    @BeforeEach
    void setUp() {
        AccountSteps accounts = new AccountSteps(http);
        PaymentSteps payments = new PaymentSteps(http);
        holder = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        child = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "2004-01-01", "2022-01-10"));
        accounts.credited(holder, "2023-12", "10000.00", "2023-12-05");
        new FamilySteps(http).registered(holder, child, "CHILD", "2022-11-01");
        payments.paid(PaymentToMake.of(child, "180.00").withOccurredAt("2024-03-01T10:00:00+08:00")
                .usingFamilyAccounts());
        accounts.withdraw(holder, AccountToOpen.newPersonId("w"), "100.00", "2024-04-01").expectJson(201);
        payments.paid(PaymentToMake.of(holder, "50.00").withPurpose("RESIDENT_INSURANCE").withBeneficiary(child)
                .withOccurredAt("2024-05-01T10:00:00+08:00"));
    }

    @Test
    void aYearOpensAndClosesWithTheBalancePerPot() {
        HttpAnswer year = statement(holder, "2024");

        year.expectJson(200).expectFields(
                "personId", holder,
                "year", "2024",
                "opening.withdrawable", "500.00",
                "opening.earmarked", "200.00",
                "closing.withdrawable", "370.00",
                "closing.earmarked", "0.00");
    }

    @Test
    void totalsEachKindOfEntryWithItsCode() {
        statement(holder, "2024").expectJson(200).expectFields(
                "totals.0.type", "PAYMENT", "totals.0.code", "201", "totals.0.amount", "-180.00",
                "totals.0.entries", "1",
                "totals.1.type", "PREMIUM_PAID", "totals.1.code", "205", "totals.1.amount", "-50.00",
                "totals.1.entries", "2",
                "totals.2.type", "CASH_WITHDRAWAL", "totals.2.code", "901", "totals.2.amount", "-100.00")
                .expectNoField("totals.3");
    }

    @Test
    void showsWhatEachFamilyMemberUsedOfTheAccount() {
        statement(holder, "2024").expectJson(200)
                .expectFields("familyUse.0.memberId", child, "familyUse.0.spent", "230.00")
                .expectNoField("familyUse.1");
        statement(child, "2024").expectJson(200).expectNoField("familyUse.0");
    }

    @Test
    void listsTheYearsEntriesOnly() {
        statement(holder, "2024").expectJson(200).expectFields(
                "entries.0.type", "PAYMENT", "entries.0.amount", "-180.00",
                "entries.1.type", "CASH_WITHDRAWAL", "entries.1.code", "901")
                .expectNoField("entries.4");
        statement(holder, "2023").expectJson(200).expectFields(
                "opening.withdrawable", "500.00", "opening.earmarked", "0.00",
                "closing.earmarked", "200.00",
                "totals.0.code", "101", "totals.0.amount", "200.00",
                "entries.0.type", "MONTHLY_CREDIT")
                .expectNoField("totals.1").expectNoField("entries.1");
    }

    @Test
    void anAuditorReadsItAndASettlementSystemDoesNot() {
        http.as(AUDITOR).get(path(holder, "2024")).expectJson(200);
        http.as(SETTLEMENT).get(path(holder, "2024")).expectStatus(403);
    }

    @Test
    void aYearThatIsNotFourDigitsIsBadInput() {
        statement(holder, "24").expectProblem(400, "invalid-year", "four digits");
        statement(holder, "20x4").expectProblem(400, "invalid-year");
    }

    @Test
    void aYearOutsideTheLedgersDatesIsBadInput() {
        statement(holder, "1899").expectProblem(400, "date-out-of-range", "1899");
        statement(holder, "2200").expectProblem(400, "date-out-of-range", "2200");
    }

    @Test
    void anUnknownAccountHasNoStatement() {
        String nobody = AccountToOpen.newPersonId("nobody");

        statement(nobody, "2024").expectProblem(404, "unknown-account");
    }

    private HttpAnswer statement(String personId, String year) {
        return http.as(CASEWORKER).get(path(personId, year));
    }

    private static String path(String personId, String year) {
        return AccountSteps.accountPath(personId) + "/statements/" + year;
    }
}
