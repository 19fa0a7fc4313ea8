package ledger.app.payments;

import static ledger.app.payments.PaymentSteps.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Family mutual aid at the counter (domain-rules §5, 000 Q10, Q19, Q27-Q28): the member's own account
 * first, then the accounts of those who registered him in funding order, the rest in cash.
 */
class FamilyPaymentApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private FamilySteps family;
    private PaymentSteps payments;
    /** 100.00 of his own, withdrawable. */
    private String member;
    /** 500.00, registered the member first. */
    private String spouse;
    /** 50.00, registered the member second. */
    private String parent;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
        payments = new PaymentSteps(http);
        member = accounts.opened(beijing("member", "100.00"));
        spouse = accounts.opened(beijing("spouse", "500.00"));
        parent = accounts.opened(beijing("parent", "50.00"));
        family.registered(spouse, member, "SPOUSE", "2022-10-15");
        family.registered(parent, member, "CHILD", "2022-10-20");
    }

    static AccountToOpen beijing(String label, String legacy) {
        return new AccountToOpen(AccountToOpen.newPersonId(label), "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10",
                null, legacy);
    }

    @Test
    void theWorkedExampleOwnAccountFirstThenFamilyAccountsInRegistrationOrder() {
        PaymentToMake bill = PaymentToMake.of(member, "620.00").usingFamilyAccounts();

        HttpAnswer paid = payments.pay(bill);

        paid.expectJson(201).expectFields(
                "paymentId", bill.paymentId(),
                "ownAccountPaid", "100.00",
                "familyAccountsPaid", "520.00",
                "accountPaid", "620.00",
                "cashDue", "0.00",
                "payerBalanceAfter.withdrawable", "0.00",
                "payerBalanceAfter.earmarked", "0.00",
                "payerBalanceAfter.total", "0.00");
        assertThat(allocations(paid)).containsExactly(
                member + " WITHDRAWABLE 100.00",
                spouse + " WITHDRAWABLE 500.00",
                parent + " WITHDRAWABLE 20.00");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(spouse, "0.00", "0.00", "0.00");
        accounts.expectBalance(parent, "30.00", "0.00", "30.00");
    }

    /** In the registration order the spouse, who still holds 480.00, would pay all 60.00. */
    @Test
    void afterTheMemberReversesTheOrderTheFormerSecondAccountPaysFirst() {
        payments.paid(PaymentToMake.of(member, "120.00").usingFamilyAccounts());
        family.changeFundingOrder(member, parent, spouse).expectJson(200);

        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "60.00").usingFamilyAccounts()
                .withOccurredAt("2023-03-02T09:15:00+08:00"));

        paid.expectJson(201).expectFields(
                "ownAccountPaid", "0.00",
                "familyAccountsPaid", "60.00",
                "accountPaid", "60.00",
                "cashDue", "0.00");
        assertThat(allocations(paid)).containsExactly(parent + " WITHDRAWABLE 50.00", spouse + " WITHDRAWABLE 10.00");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(spouse, "470.00", "0.00", "470.00");
        accounts.expectBalance(parent, "0.00", "0.00", "0.00");
    }

    @Test
    void theReversedOrderDrawsTheFamilyAccountsTheOtherWayRound() {
        family.changeFundingOrder(member, parent, spouse).expectJson(200);

        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "200.00").usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "100.00", "familyAccountsPaid", "100.00",
                "cashDue", "0.00");
        assertThat(allocations(paid)).containsExactly(
                member + " WITHDRAWABLE 100.00",
                parent + " WITHDRAWABLE 50.00",
                spouse + " WITHDRAWABLE 50.00");
        accounts.expectBalance(spouse, "450.00", "0.00", "450.00");
        accounts.expectBalance(parent, "0.00", "0.00", "0.00");
    }

    @Test
    void withoutFamilyUseOnlyTheOwnAccountPaysAndTheRestIsCash() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "620.00"));

        paid.expectJson(201).expectFields(
                "ownAccountPaid", "100.00",
                "familyAccountsPaid", "0.00",
                "accountPaid", "100.00",
                "cashDue", "520.00");
        assertThat(allocations(paid)).containsExactly(member + " WITHDRAWABLE 100.00");
        accounts.expectBalance(spouse, "500.00", "0.00", "500.00");
        accounts.expectBalance(parent, "50.00", "0.00", "50.00");
    }

    @Test
    void aBillTheOwnAccountCoversLeavesTheFamilyAccountsAlone() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "99.99").usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "99.99", "familyAccountsPaid", "0.00", "cashDue", "0.00",
                "payerBalanceAfter.total", "0.01");
        assertThat(allocations(paid)).containsExactly(member + " WITHDRAWABLE 99.99");
        accounts.expectBalance(spouse, "500.00", "0.00", "500.00");
    }

    @Test
    void aBillAboveEverythingTheFamilyHoldsEmptiesEveryAccountAndTheRestIsCash() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "1000.00").usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "100.00", "familyAccountsPaid", "550.00",
                "accountPaid", "650.00", "cashDue", "350.00");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(spouse, "0.00", "0.00", "0.00");
        accounts.expectBalance(parent, "0.00", "0.00", "0.00");
    }

    @Test
    void withinEachAccountTheEarmarkedPotIsDrawnBeforeTheWithdrawablePot() {
        accounts.credited(member, "2023-01", "10000.00", "2023-01-05");
        accounts.credited(spouse, "2023-01", "5000.00", "2023-01-05");
        accounts.expectBalance(member, "100.00", "200.00", "300.00");
        accounts.expectBalance(spouse, "500.00", "100.00", "600.00");

        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "450.00").usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "300.00", "familyAccountsPaid", "150.00",
                "accountPaid", "450.00", "cashDue", "0.00");
        assertThat(allocations(paid)).containsExactly(
                member + " EARMARKED 200.00",
                member + " WITHDRAWABLE 100.00",
                spouse + " EARMARKED 100.00",
                spouse + " WITHDRAWABLE 50.00");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(spouse, "450.00", "0.00", "450.00");
        accounts.expectBalance(parent, "50.00", "0.00", "50.00");
    }

    @Test
    void aSmallBillIsPaidFromTheEarmarkedPotAlone() {
        accounts.credited(member, "2023-01", "10000.00", "2023-01-05");

        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "150.00"));

        paid.expectJson(201).expectFields("ownAccountPaid", "150.00", "cashDue", "0.00",
                "payerBalanceAfter.withdrawable", "100.00", "payerBalanceAfter.earmarked", "50.00");
        assertThat(allocations(paid)).containsExactly(member + " EARMARKED 150.00");
        accounts.expectBalance(member, "100.00", "50.00", "150.00");
    }

    @Test
    void familyAccountsMayBeUsedFromTheFirstOfDecember2022() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "150.00").usingFamilyAccounts()
                .withOccurredAt("2022-12-01T00:05:00+08:00"));

        paid.expectJson(201).expectFields("ownAccountPaid", "100.00", "familyAccountsPaid", "50.00");
    }

    @Test
    void cannotUseFamilyAccountsBeforeTheFirstOfDecember2022() {
        PaymentSteps.Balances before = payments.balances(member, spouse, parent);

        HttpAnswer refused = payments.pay(PaymentToMake.of(member, "150.00").usingFamilyAccounts()
                .withOccurredAt("2022-11-30T23:55:00+08:00"));

        refused.expectProblem(422, "family-use-not-started", "2022-12-01", "2022-11-30");
        payments.expectUnchanged(before);
    }

    /**
     * The settlement system may send its instant in UTC: 2022-11-30T16:30Z is 00:30 on 1 December in
     * Beijing, the day family use opened there.
     */
    @Test
    void theDayOfAPaymentIsTheDayInTheRegionNotInTheOffsetItWasSentWith() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "150.00").usingFamilyAccounts()
                .withOccurredAt("2022-11-30T16:30:00Z"));

        paid.expectJson(201).expectFields("ownAccountPaid", "100.00", "familyAccountsPaid", "50.00");
    }

    @Test
    void aPaymentBeforeARegistrationTookEffectDoesNotDrawOnThatAccount() {
        String latecomer = accounts.opened(beijing("latecomer", "300.00"));
        family.registered(latecomer, member, "PARENT", "2023-04-01");
        family.changeFundingOrder(member, latecomer, spouse, parent).expectJson(200);

        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "200.00").usingFamilyAccounts());

        paid.expectJson(201);
        assertThat(allocations(paid)).containsExactly(
                member + " WITHDRAWABLE 100.00",
                spouse + " WITHDRAWABLE 100.00");
        accounts.expectBalance(latecomer, "300.00", "0.00", "300.00");
    }

    /** A hospital cannot know who registered whom (domain-rules §5, issue 13 item 11). */
    @Test
    void familyAccountsAskedForSomeoneNobodyRegisteredPayTheOwnAccountThenCash() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(spouse, "600.00").usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "500.00", "familyAccountsPaid", "0.00",
                "accountPaid", "500.00", "cashDue", "100.00");
        assertThat(allocations(paid)).containsExactly(spouse + " WITHDRAWABLE 500.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
        accounts.expectBalance(parent, "50.00", "0.00", "50.00");
    }

    @Test
    void aRevokedRegistrationNoLongerPays() {
        family.revoke(spouse, member).expectStatus(204);

        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "300.00").usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "100.00", "familyAccountsPaid", "50.00",
                "cashDue", "150.00");
        assertThat(allocations(paid)).containsExactly(member + " WITHDRAWABLE 100.00", parent + " WITHDRAWABLE 50.00");
        accounts.expectBalance(spouse, "500.00", "0.00", "500.00");
    }

    @Test
    void theStatementOfEveryAccountShowsItsShareAsANegativePaymentLine() {
        PaymentToMake bill = PaymentToMake.of(member, "620.00").usingFamilyAccounts();
        payments.paid(bill);

        assertThat(payments.statementLines(member)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 100.00 WITHDRAWABLE",
                "201 PAYMENT -100.00 WITHDRAWABLE");
        assertThat(payments.statementLines(spouse)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 500.00 WITHDRAWABLE",
                "201 PAYMENT -500.00 WITHDRAWABLE");
        assertThat(payments.statementLines(parent)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 50.00 WITHDRAWABLE",
                "201 PAYMENT -20.00 WITHDRAWABLE");
        HttpAnswer parentStatement = accounts.statement(parent, "").expectJson(200);
        parentStatement.expectFields(
                "entries.1.at", "2023-03-01",
                "entries.1.balanceAfter.withdrawable", "30.00",
                "entries.1.balanceAfter.earmarked", "0.00");
        assertThat(parentStatement.text("entries.1.reference")).contains(bill.paymentId(), member);
    }
}
