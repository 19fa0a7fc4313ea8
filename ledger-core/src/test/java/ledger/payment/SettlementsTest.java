package ledger.payment;

import static ledger.account.value.PaymentPurpose.MEDICAL;
import static ledger.account.value.PaymentPurpose.RESIDENT_INSURANCE;
import static ledger.account.value.PaymentPurpose.SUPPLEMENTARY_INSURANCE;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.payment.FamilyOfThree.BEIJING;
import static ledger.payment.FamilyOfThree.CHILD;
import static ledger.payment.FamilyOfThree.FATHER;
import static ledger.payment.FamilyOfThree.HOSPITAL;
import static ledger.payment.FamilyOfThree.MAY_1_2024;
import static ledger.payment.FamilyOfThree.MOTHER;
import static ledger.payment.FamilyOfThree.balances;
import static ledger.payment.FamilyOfThree.medical;
import static ledger.payment.FamilyOfThree.premium;
import static ledger.payment.FamilyOfThree.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import ledger.account.command.ChangeFundingOrder;
import ledger.account.command.CloseAccount;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.event.AccountDebited;
import ledger.account.event.FundingOrderChanged;
import ledger.account.value.ClosureReason;
import ledger.account.value.Relation;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.command.SettlePayment;
import ledger.payment.event.PaymentSettled;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.PaymentTerms;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import ledger.settling.FundingOrderMoved;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settling a bill across the payer's and family accounts (domain-rules §4–§5), on the real Axon machinery. */
class SettlementsTest {

    private static final String PAYMENT = "setl-2024-000042";
    private static final String NEXT_PAYMENT = "setl-2024-000043";
    /** Beijing family accounts may be used from 2022-12-01 (000 Q9, Q19). */
    private static final OffsetDateTime FAMILY_USE_STARTS = OffsetDateTime.of(2022, 12, 1, 0, 0, 0, 0, BEIJING);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Map<String, List<Object>> before;

    @BeforeEach
    void setUp() {
        FamilyOfThree.openAndRegister(ledger);
        markHistories();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void paysFromTheOwnAccountFirstThenTheFamilyAccountsInFundingOrder() {
        PaymentTerms terms = medical(CHILD, "620.00", MAY_1_2024, true);
        List<Allocation> allocations = List.of(
                new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("20.00")));

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT, allocations, yuan("100.00"), yuan("520.00"),
                yuan("620.00"), Money.ZERO, balances("0.00", "0.00"), false));
        assertThat(newEventsOf(CHILD)).containsExactly(
                debited(CHILD, PAYMENT, WITHDRAWABLE, "100.00", terms, balances("0.00", "0.00")));
        assertThat(newEventsOf(MOTHER)).containsExactly(
                debited(MOTHER, PAYMENT, WITHDRAWABLE, "500.00", terms, balances("0.00", "0.00")));
        assertThat(newEventsOf(FATHER)).containsExactly(
                debited(FATHER, PAYMENT, WITHDRAWABLE, "20.00", terms, balances("30.00", "0.00")));
        assertThat(ledger.eventsOf(PAYMENT)).containsExactly(new PaymentSettled(PAYMENT, terms, allocations,
                yuan("100.00"), yuan("520.00"), Money.ZERO, balances("0.00", "0.00")));
    }

    /** In the registration order the mother (500.00) would pay the 50.00 beyond the child's own 100.00. */
    @Test
    void followsTheFundingOrderTheMemberChose() {
        ledger.send(new ChangeFundingOrder(CHILD, List.of(FATHER, MOTHER), LocalDate.of(2024, 5, 2)));
        markHistories();
        PaymentTerms terms = medical(CHILD, "150.00", MAY_1_2024.plusDays(2), true);

        PaymentReceipt receipt = ledger.send(new SettlePayment(NEXT_PAYMENT, terms));

        List<Allocation> allocations = List.of(new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("50.00")));
        assertThat(receipt).isEqualTo(new PaymentReceipt(NEXT_PAYMENT, allocations, yuan("100.00"), yuan("50.00"),
                yuan("150.00"), Money.ZERO, balances("0.00", "0.00"), false));
        assertThat(newEventsOf(CHILD)).containsExactly(
                debited(CHILD, NEXT_PAYMENT, WITHDRAWABLE, "100.00", terms, balances("0.00", "0.00")));
        assertThat(newEventsOf(FATHER)).containsExactly(
                debited(FATHER, NEXT_PAYMENT, WITHDRAWABLE, "50.00", terms, balances("0.00", "0.00")));
        assertThat(newEventsOf(MOTHER)).isEmpty();
        assertThat(ledger.eventsOf(NEXT_PAYMENT)).containsExactly(new PaymentSettled(NEXT_PAYMENT, terms,
                allocations, yuan("100.00"), yuan("50.00"), Money.ZERO, balances("0.00", "0.00")));
    }

    @Test
    void acceptsAChangedFundingOrderThatIsAPermutation() {
        LocalDate changedOn = LocalDate.of(2024, 5, 2);

        ledger.send(new ChangeFundingOrder(CHILD, List.of(FATHER, MOTHER), changedOn));

        assertThat(newEventsOf(CHILD)).containsExactly(
                new FundingOrderChanged(CHILD, List.of(FATHER, MOTHER), changedOn));
    }

    @Test
    void refusesAFundingOrderThatIsNotAPermutationAndWritesNothing() {
        ledger.assertRefused(new ChangeFundingOrder(CHILD, List.of(CHILD, MOTHER, FATHER), LocalDate.of(2024, 5, 2)),
                RuleRefusal.class, "not-a-permutation");

        assertNothingWritten();
    }

    @Test
    void drawsTheEarmarkedPotBeforeTheWithdrawablePot() {
        FamilyOfThree.creditFortyEarmarked(ledger, CHILD);
        markHistories();
        PaymentTerms terms = medical(CHILD, "120.00", MAY_1_2024, false);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt.allocations()).containsExactly(
                new Allocation(CHILD, EARMARKED, yuan("40.00")),
                new Allocation(CHILD, WITHDRAWABLE, yuan("80.00")));
        assertThat(newEventsOf(CHILD)).containsExactly(
                debited(CHILD, PAYMENT, EARMARKED, "40.00", terms, balances("100.00", "0.00")),
                debited(CHILD, PAYMENT, WITHDRAWABLE, "80.00", terms, balances("20.00", "0.00")));
        assertThat(receipt.payerBalanceAfter()).isEqualTo(balances("20.00", "0.00"));
    }

    @Test
    void paysTheRestInCashWhenFamilyAccountsAreNotUsed() {
        PaymentTerms terms = medical(CHILD, "150.00", MAY_1_2024, false);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        List<Allocation> allocations = List.of(new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")));
        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT, allocations, yuan("100.00"), Money.ZERO,
                yuan("100.00"), yuan("50.00"), balances("0.00", "0.00"), false));
        assertThat(newEventsOf(MOTHER)).isEmpty();
        assertThat(newEventsOf(FATHER)).isEmpty();
    }

    @Test
    void paysEverythingTheAccountsHoldAndTheRestInCash() {
        PaymentTerms terms = medical(CHILD, "1000.00", MAY_1_2024, true);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT, List.of(
                new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("50.00"))), yuan("100.00"), yuan("550.00"),
                yuan("650.00"), yuan("350.00"), balances("0.00", "0.00"), false));
    }

    @Test
    void passesOverAFamilyAccountClosedSinceItsRegistration() {
        LocalDate april30 = LocalDate.of(2024, 4, 30);
        ledger.send(new CloseAccount(MOTHER, ClosureReason.OTHER_SCHEME, april30, null, april30));
        markHistories();
        PaymentTerms terms = medical(CHILD, "620.00", MAY_1_2024, true);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT, List.of(
                new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("50.00"))), yuan("100.00"), yuan("50.00"),
                yuan("150.00"), yuan("470.00"), balances("0.00", "0.00"), false));
        assertThat(newEventsOf(MOTHER)).isEmpty();
    }

    @Test
    void answersTheOriginalReceiptWhenTheSamePaymentComesAgain() {
        PaymentTerms terms = medical(CHILD, "620.00", MAY_1_2024, true);
        PaymentReceipt first = ledger.send(new SettlePayment(PAYMENT, terms));
        markHistories();

        PaymentReceipt again = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(again).isEqualTo(new PaymentReceipt(PAYMENT, first.allocations(), first.ownAccountPaid(),
                first.familyAccountsPaid(), first.accountPaid(), first.cashDue(), first.payerBalanceAfter(), true));
        assertNothingWritten();
    }

    @Test
    void cannotReuseAPaymentIdForOtherTerms() {
        ledger.send(new SettlePayment(PAYMENT, medical(CHILD, "620.00", MAY_1_2024, true)));
        markHistories();

        ledger.assertRefused(new SettlePayment(PAYMENT, medical(CHILD, "20.00", MAY_1_2024, true)),
                ConflictWithHistory.class, "payment-id-reused");

        assertNothingWritten();
    }

    @Test
    void cannotPayZero() {
        ledger.assertRefused(new SettlePayment(PAYMENT, medical(CHILD, "0.00", MAY_1_2024, true)),
                InvalidInput.class, "zero-amount");

        assertNothingWritten();
    }

    @Test
    void cannotUseFamilyAccountsBeforeTheRegionAllowsIt() {
        ledger.assertRefused(new SettlePayment(PAYMENT, medical(CHILD, "620.00", FAMILY_USE_STARTS.minusMinutes(1),
                true)), RuleRefusal.class, "family-use-not-started");

        assertNothingWritten();
    }

    @Test
    void canUseFamilyAccountsFromTheFirstDayTheRegionAllowsIt() {
        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, medical(CHILD, "620.00", FAMILY_USE_STARTS,
                true)));

        assertThat(receipt.familyAccountsPaid()).isEqualTo(yuan("520.00"));
    }

    /**
     * Settlement systems send instants "ISO-8601 with offset" (api-contract); the day that counts is
     * the day in Beijing. 2022-11-30T16:30Z is 2022-12-01 00:30 in Beijing: family use has started.
     */
    @Test
    void readsThePaymentDayInTheRegionsTimeZone() {
        OffsetDateTime halfPastMidnightInBeijing = OffsetDateTime.of(2022, 11, 30, 16, 30, 0, 0, ZoneOffset.UTC);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, medical(CHILD, "620.00",
                halfPastMidnightInBeijing, true)));

        assertThat(receipt.familyAccountsPaid()).isEqualTo(yuan("520.00"));
    }

    /** A hospital cannot know who registered whom (domain-rules §5): the own account pays, then cash. */
    @Test
    void paysTheOwnAccountThenCashWhenNobodyRegisteredThePayer() {
        PaymentTerms terms = medical(MOTHER, "620.00", MAY_1_2024, true);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT,
                List.of(new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00"))), yuan("500.00"), Money.ZERO,
                yuan("500.00"), yuan("120.00"), balances("0.00", "0.00"), false));
        assertThat(newEventsOf(MOTHER)).containsExactly(
                debited(MOTHER, PAYMENT, WITHDRAWABLE, "500.00", terms, balances("0.00", "0.00")));
        assertThat(newEventsOf(CHILD)).isEmpty();
        assertThat(newEventsOf(FATHER)).isEmpty();
    }

    @Test
    void paysSupplementaryInsuranceInFullFromOwnAndFamilyAccounts() {
        PaymentTerms terms = premium(CHILD, SUPPLEMENTARY_INSURANCE, null, "650.00", MAY_1_2024, true);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt.accountPaid()).isEqualTo(yuan("650.00"));
        assertThat(receipt.cashDue()).isEqualTo(Money.ZERO);
        assertThat(newEventsOf(FATHER)).containsExactly(
                debited(FATHER, PAYMENT, WITHDRAWABLE, "50.00", terms, balances("0.00", "0.00")));
    }

    @Test
    void cannotPaySupplementaryInsurancePartlyFromTheAccountsAndDebitsNoAccount() {
        ledger.assertRefused(new SettlePayment(PAYMENT, premium(CHILD, SUPPLEMENTARY_INSURANCE, null, "650.01",
                MAY_1_2024, true)), RuleRefusal.class, "not-covered-in-full");

        assertNothingWritten();
    }

    @Test
    void canPayTheResidentInsurancePremiumOfARegisteredFamilyMember() {
        PaymentTerms terms = premium(MOTHER, RESIDENT_INSURANCE, CHILD, "380.00", MAY_1_2024, false);

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, terms));

        assertThat(receipt.allocations()).containsExactly(new Allocation(MOTHER, WITHDRAWABLE, yuan("380.00")));
        assertThat(newEventsOf(MOTHER)).containsExactly(new AccountDebited(MOTHER, PAYMENT, WITHDRAWABLE,
                yuan("380.00"), MOTHER, CHILD, RESIDENT_INSURANCE, HOSPITAL, MAY_1_2024, dayInBeijing(MAY_1_2024),
                balances("120.00", "0.00")));
        assertThat(newEventsOf(CHILD)).isEmpty();
    }

    /** Beijing: supplementary insurance for a family member from 2022-12-01 (000 Q15). */
    @Test
    void cannotPayAFamilyMembersSupplementaryInsuranceBeforeFamilyUseStarts() {
        ledger.assertRefused(new SettlePayment(PAYMENT, premium(MOTHER, SUPPLEMENTARY_INSURANCE, CHILD, "99.00",
                FAMILY_USE_STARTS.minusDays(10), false)), RuleRefusal.class, "family-use-not-started");

        assertNothingWritten();
    }

    @Test
    void cannotPayThePremiumOfAMemberBeforeTheDateOfTheirRegistration() {
        ledger.send(new RegisterFamilyMember(FATHER, MOTHER, Relation.SPOUSE, MAY_1_2024.toLocalDate().plusDays(1)));
        markHistories();

        ledger.assertRefused(new SettlePayment(PAYMENT, premium(FATHER, RESIDENT_INSURANCE, MOTHER, "38.00",
                MAY_1_2024, false)), RuleRefusal.class, "beneficiary-not-registered");

        assertNothingWritten();
    }

    @Test
    void cannotPayThePremiumOfSomeoneThePayerDidNotRegister() {
        ledger.assertRefused(new SettlePayment(PAYMENT, premium(CHILD, RESIDENT_INSURANCE, MOTHER, "380.00",
                MAY_1_2024, false)), RuleRefusal.class, "beneficiary-not-registered");

        assertNothingWritten();
    }

    @Test
    void cannotNameAnotherBeneficiaryForMedicalSpending() {
        ledger.assertRefused(new SettlePayment(PAYMENT, premium(MOTHER, MEDICAL, CHILD, "38.00", MAY_1_2024, false)),
                InvalidInput.class, "beneficiary-not-allowed");

        assertNothingWritten();
    }

    @Test
    void cannotSettleForAPersonWithoutAnAccount() {
        String uninsured = "110101195001010055";

        assertThatThrownBy(() -> ledger.send(new SettlePayment(PAYMENT, medical(uninsured, "10.00", MAY_1_2024,
                false)))).isInstanceOf(AggregateNotFoundException.class);

        assertNothingWritten();
    }

    @Test
    void appliesNothingWhenTheFundingOrderMovedBeforeTheLocks() {
        ledger.lookUpFamilyFundingWith(personId -> List.of(MOTHER));

        assertThatThrownBy(() -> ledger.send(new SettlePayment(PAYMENT, medical(CHILD, "620.00", MAY_1_2024, true))))
                .isInstanceOf(FundingOrderMoved.class);

        assertNothingWritten();
    }

    @Test
    void doesNotUseAFamilyAccountBeforeTheDateOfItsRegistration() {
        ledger.send(new RegisterFamilyMember(FATHER, MOTHER, Relation.SPOUSE, MAY_1_2024.toLocalDate().plusDays(1)));
        markHistories();

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, medical(MOTHER, "620.00", MAY_1_2024, true)));

        assertThat(receipt.allocations()).containsExactly(new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")));
        assertThat(receipt.cashDue()).isEqualTo(yuan("120.00"));
        assertThat(newEventsOf(FATHER)).isEmpty();
    }

    private static AccountDebited debited(String personId, String paymentId, Pot pot, String amount, PaymentTerms terms,
                                          Balances after) {
        return new AccountDebited(personId, paymentId, pot, yuan(amount), terms.personId(), terms.beneficiary(),
                terms.purpose(), terms.institutionId(), terms.occurredAt(), dayInBeijing(terms.occurredAt()), after);
    }

    private static java.time.LocalDate dayInBeijing(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    private void markHistories() {
        before = ledger.histories(CHILD, MOTHER, FATHER, PAYMENT, NEXT_PAYMENT);
    }

    private List<Object> newEventsOf(String aggregateId) {
        return FamilyOfThree.newEvents(ledger, before, aggregateId);
    }

    /** No account of the household changed, and no payment was recorded. */
    private void assertNothingWritten() {
        assertThat(ledger.histories(CHILD, MOTHER, FATHER, PAYMENT, NEXT_PAYMENT)).isEqualTo(before);
    }
}
