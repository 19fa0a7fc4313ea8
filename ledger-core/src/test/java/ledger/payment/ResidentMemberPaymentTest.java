package ledger.payment;

import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.payment.FamilyOfThree.FATHER;
import static ledger.payment.FamilyOfThree.HOSPITAL;
import static ledger.payment.FamilyOfThree.MAY_1_2024;
import static ledger.payment.FamilyOfThree.MOTHER;
import static ledger.payment.FamilyOfThree.balances;
import static ledger.payment.FamilyOfThree.medical;
import static ledger.payment.FamilyOfThree.premium;
import static ledger.payment.FamilyOfThree.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.event.AccountDebited;
import ledger.account.value.MemberScheme;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.Relation;
import ledger.money.Money;
import ledger.payment.command.SettlePayment;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.PaymentTerms;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member of the resident scheme pays from the family accounts only, and the holder pays his
 * resident-insurance premium (000 Q7, Q10; domain-rules §4–§5). Issue 13's example: a resident child
 * pays 200.00 from his mother's account and she pays his 280.00 premium.
 */
class ResidentMemberPaymentTest {

    private static final String RESIDENT_CHILD = "110101201505050066";
    private static final String PAYMENT = "setl-2024-000100";
    private static final String PREMIUM = "prem-2024-000101";

    private final InMemoryLedger ledger = new InMemoryLedger();

    @BeforeEach
    void setUp() {
        FamilyOfThree.openAndRegister(ledger);
        ledger.send(new RegisterFamilyMember(MOTHER, RESIDENT_CHILD, Relation.CHILD, LocalDate.of(2022, 10, 20),
                MemberScheme.RESIDENT, null));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aResidentMemberPaysFromTheFamilyAccountsOnly() {
        PaymentTerms terms = medical(RESIDENT_CHILD, "200.00", MAY_1_2024, true);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT,
                List.of(new Allocation(MOTHER, WITHDRAWABLE, yuan("200.00"))), Money.ZERO, yuan("200.00"),
                yuan("200.00"), Money.ZERO, balances("0.00", "0.00"), false));
        assertThat(ledger.eventsOf(MOTHER)).endsWith(new AccountDebited(MOTHER, PAYMENT, WITHDRAWABLE,
                yuan("200.00"), RESIDENT_CHILD, RESIDENT_CHILD, PaymentPurpose.MEDICAL, HOSPITAL, MAY_1_2024,
                MAY_1_2024.toLocalDate(), balances("300.00", "0.00")));
    }

    @Test
    void whatTheFamilyAccountsCannotPayTheResidentMemberPaysInCash() {
        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, medical(RESIDENT_CHILD, "650.00",
                MAY_1_2024, true)));

        assertThat(receipt.allocations()).containsExactly(new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")));
        assertThat(receipt.cashDue()).isEqualTo(yuan("150.00"));
    }

    @Test
    void theHolderPaysTheResidentMembersPremium() {
        PaymentTerms terms = premium(MOTHER, PaymentPurpose.RESIDENT_INSURANCE, RESIDENT_CHILD, "280.00",
                MAY_1_2024, false);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PREMIUM, terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PREMIUM,
                List.of(new Allocation(MOTHER, WITHDRAWABLE, yuan("280.00"))), yuan("280.00"), Money.ZERO,
                yuan("280.00"), Money.ZERO, balances("220.00", "0.00"), false));
        assertThat(ledger.eventsOf(MOTHER)).endsWith(new AccountDebited(MOTHER, PREMIUM, WITHDRAWABLE,
                yuan("280.00"), MOTHER, RESIDENT_CHILD, PaymentPurpose.RESIDENT_INSURANCE, HOSPITAL, MAY_1_2024,
                MAY_1_2024.toLocalDate(), balances("220.00", "0.00")));
    }

    @Test
    void aHolderWhoDidNotRegisterTheResidentMemberCannotPayHisPremium() {
        ledger.assertRefused(new SettlePayment(PREMIUM, premium(FATHER, PaymentPurpose.RESIDENT_INSURANCE,
                RESIDENT_CHILD, "280.00", MAY_1_2024, false)), RuleRefusal.class, "beneficiary-not-registered");
    }
}
