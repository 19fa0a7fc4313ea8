package ledger.app.payments;

import static ledger.app.payments.PaymentSteps.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Premiums from the account (domain-rules §4, 000 Q7, Q15): resident and long-term-care insurance for
 * oneself or a registered family member, and supplementary insurance, paid in full or not at all.
 */
class PremiumPaymentApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private FamilySteps family;
    private PaymentSteps payments;
    /** 100.00 of his own. */
    private String member;
    /** 500.00; registered the member on 2022-10-20. */
    private String holder;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
        payments = new PaymentSteps(http);
        member = accounts.opened(FamilyPaymentApiTest.beijing("member", "100.00"));
        holder = accounts.opened(FamilyPaymentApiTest.beijing("holder", "500.00"));
        family.registered(holder, member, "SPOUSE", "2022-10-20");
    }

    @Test
    void supplementaryInsuranceCoveredInFullByOwnAndFamilyAccountsIsPaid() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "580.00").withPurpose("SUPPLEMENTARY_INSURANCE")
                .usingFamilyAccounts());

        paid.expectJson(201).expectFields("ownAccountPaid", "100.00", "familyAccountsPaid", "480.00",
                "accountPaid", "580.00", "cashDue", "0.00");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(holder, "20.00", "0.00", "20.00");
    }

    @Test
    void supplementaryInsuranceTheAccountsCannotCoverInFullIsRefusedAndNothingIsDebitedAnywhere() {
        PaymentSteps.Balances before = payments.balances(member, holder);
        PaymentToMake premium = PaymentToMake.of(member, "600.01").withPurpose("SUPPLEMENTARY_INSURANCE")
                .usingFamilyAccounts();

        HttpAnswer refused = payments.pay(premium);

        refused.expectProblem(422, "not-covered-in-full", "600.01", "600.00", "in full");
        payments.expectUnchanged(before);
        payments.payment(premium.paymentId()).expectProblem(404, "unknown-payment", premium.paymentId());
        assertThat(payments.statementLines(member)).containsExactly("112 LEGACY_BALANCE_MIGRATED 100.00 WITHDRAWABLE");
        assertThat(payments.statementLines(holder)).containsExactly("112 LEGACY_BALANCE_MIGRATED 500.00 WITHDRAWABLE");
    }

    @Test
    void supplementaryInsuranceFromTheOwnAccountAloneMustFitInIt() {
        PaymentSteps.Balances before = payments.balances(member, holder);

        HttpAnswer refused = payments.pay(PaymentToMake.of(member, "100.01").withPurpose("SUPPLEMENTARY_INSURANCE"));

        refused.expectProblem(422, "not-covered-in-full", "100.01", "100.00");
        payments.expectUnchanged(before);
    }

    @Test
    void aHolderPaysTheResidentInsuranceOfARegisteredFamilyMember() {
        PaymentToMake premium = PaymentToMake.of(holder, "380.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(member);

        HttpAnswer paid = payments.pay(premium);

        paid.expectJson(201).expectFields("ownAccountPaid", "380.00", "familyAccountsPaid", "0.00",
                "cashDue", "0.00", "payerBalanceAfter.total", "120.00");
        assertThat(allocations(paid)).containsExactly(holder + " WITHDRAWABLE 380.00");
        accounts.expectBalance(holder, "120.00", "0.00", "120.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
        payments.payment(premium.paymentId()).expectJson(200).expectFields(
                "request.beneficiaryId", member, "request.purpose", "RESIDENT_INSURANCE");
    }

    @Test
    void aPremiumShowsOnTheStatementAsPremiumPaid() {
        PaymentToMake premium = PaymentToMake.of(holder, "380.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(member);
        payments.paid(premium);

        assertThat(payments.statementLines(holder)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 500.00 WITHDRAWABLE",
                "205 PREMIUM_PAID -380.00 WITHDRAWABLE");
        String reference = accounts.statement(holder, "").text("entries.1.reference");
        assertThat(reference).contains(premium.paymentId(), member);
    }

    @Test
    void aPersonPaysHisOwnLongTermCareInsurance() {
        HttpAnswer paid = payments.pay(PaymentToMake.of(member, "60.00").withPurpose("LONG_TERM_CARE"));

        paid.expectJson(201).expectFields("ownAccountPaid", "60.00", "cashDue", "0.00");
        assertThat(payments.statementLines(member)).endsWith("205 PREMIUM_PAID -60.00 WITHDRAWABLE");
    }

    @Test
    void cannotPayThePremiumOfSomeoneWhoIsNotARegisteredFamilyMember() {
        String stranger = accounts.opened(FamilyPaymentApiTest.beijing("stranger", "10.00"));
        PaymentSteps.Balances before = payments.balances(holder, stranger);

        HttpAnswer refused = payments.pay(PaymentToMake.of(holder, "380.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(stranger));

        refused.expectProblem(422, "beneficiary-not-registered", stranger, "not a registered family member");
        payments.expectUnchanged(before);
    }

    @Test
    void aMemberCannotPayThePremiumOfTheHolderWhoRegisteredHim() {
        PaymentSteps.Balances before = payments.balances(holder, member);

        HttpAnswer refused = payments.pay(PaymentToMake.of(member, "50.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(holder));

        refused.expectProblem(422, "beneficiary-not-registered", holder, "not a registered family member");
        payments.expectUnchanged(before);
    }

    @Test
    void cannotPayThePremiumOfAFamilyMemberWhoseRegistrationWasRevoked() {
        family.revoke(holder, member).expectStatus(204);
        PaymentSteps.Balances before = payments.balances(holder, member);

        HttpAnswer refused = payments.pay(PaymentToMake.of(holder, "380.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(member));

        refused.expectProblem(422, "beneficiary-not-registered", member);
        payments.expectUnchanged(before);
    }

    /** Supplementary insurance for a family member from 2022-12-01 (000 Q15). */
    @Test
    void cannotPayTheSupplementaryInsuranceOfAFamilyMemberBeforeTheFirstOfDecember2022() {
        PaymentSteps.Balances before = payments.balances(holder, member);

        HttpAnswer refused = payments.pay(PaymentToMake.of(holder, "99.00").withPurpose("SUPPLEMENTARY_INSURANCE")
                .withBeneficiary(member).withOccurredAt("2022-11-20T10:00:00+08:00"));

        refused.expectProblem(422, "family-use-not-started", "2022-12-01");
        payments.expectUnchanged(before);
    }

    /** A premium paid for someone before the holder registered him is not a registered member's premium. */
    @Test
    void cannotPayThePremiumOfAFamilyMemberBeforeTheRegistrationTookEffect() {
        String lateMember = accounts.opened(FamilyPaymentApiTest.beijing("late", "0.00"));
        family.registered(holder, lateMember, "CHILD", "2023-06-01");
        PaymentSteps.Balances before = payments.balances(holder, lateMember);

        HttpAnswer refused = payments.pay(PaymentToMake.of(holder, "380.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(lateMember).withOccurredAt("2023-03-01T10:00:00+08:00"));

        refused.expectProblem(422, "beneficiary-not-registered", lateMember);
        payments.expectUnchanged(before);
    }
}
