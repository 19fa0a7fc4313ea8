package ledger.payment;

import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import ledger.account.Settlements;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.event.PaymentSettled;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;
import ledger.refunding.RefundSplit;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The payment aggregate has no command handler of its own: {@link Settlements} loads it and calls it.
 * These tests do the same, on a real event-sourcing repository, after the history they name.
 */
class PaymentTest {

    private static final String PAYMENT = "setl-2024-000042";
    private static final String MEMBER = "110101201001010022";
    private static final String MOTHER = "110101198005200011";
    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);
    private static final PaymentTerms TERMS = new PaymentTerms(MEMBER, yuan("700.00"),
            OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)), "H11010800001", PaymentPurpose.MEDICAL,
            null, Channel.E_VOUCHER, true);
    /** 700.00: 40.00 + 60.00 from the member's pots, 500.00 from the mother's, 100.00 cash. */
    private static final PaymentSettled SETTLED = new PaymentSettled(PAYMENT, TERMS, List.of(
            new Allocation(MEMBER, EARMARKED, yuan("40.00")),
            new Allocation(MEMBER, WITHDRAWABLE, yuan("60.00")),
            new Allocation(MOTHER, EARMARKED, yuan("500.00"))),
            yuan("100.00"), yuan("500.00"), yuan("100.00"), Balances.EMPTY);
    /** 150.00 back: the 100.00 cash, then 40.00 and 10.00 of the member's pots. */
    private static final PaymentRefunded FIRST_REFUND = new PaymentRefunded(PAYMENT, "r-1", RefundKind.REFUND,
            yuan("150.00"), yuan("100.00"), List.of(
                    new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                    new Allocation(MEMBER, WITHDRAWABLE, yuan("10.00"))), List.of(), MAY_2);

    private final InMemoryLedger ledger = new InMemoryLedger();

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void recordsTheSettlementAsTheFirstEventOfANewPayment() throws Exception {
        PaymentReceipt receipt = ledger.inUnitOfWork(() ->
                ledger.payments().newInstance(() -> new Payment(PAYMENT, SETTLED.terms(), SETTLED.allocations(),
                        SETTLED.payerBalanceAfter())).invoke(Payment::receipt));

        assertThat(ledger.eventsOf(PAYMENT)).containsExactly(SETTLED);
        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT, SETTLED.allocations(), yuan("100.00"),
                yuan("500.00"), yuan("600.00"), yuan("100.00"), Balances.EMPTY, false));
    }

    @Test
    void answersTheOriginalReceiptWhenTheSameTermsComeAgain() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED);

        PaymentReceipt receipt = onPayment(payment -> payment.repeat(TERMS));

        assertThat(receipt).isEqualTo(new PaymentReceipt(PAYMENT, SETTLED.allocations(), yuan("100.00"),
                yuan("500.00"), yuan("600.00"), yuan("100.00"), Balances.EMPTY, true));
        assertThat(ledger.eventsOf(PAYMENT)).containsExactly(SETTLED);
    }

    @Test
    void cannotReuseAPaymentIdForOtherTerms() {
        ledger.given("Payment", PAYMENT, SETTLED);
        PaymentTerms otherAmount = new PaymentTerms(MEMBER, yuan("700.01"), TERMS.occurredAt(), TERMS.institutionId(),
                TERMS.purpose(), null, TERMS.channel(), true);

        assertThatThrownBy(() -> onPayment(payment -> payment.repeat(otherAmount)))
                .isInstanceOf(ConflictWithHistory.class)
                .extracting("code").isEqualTo("payment-id-reused");
    }

    @Test
    void plansARefundCashFirstThenTheSharesInTheOrderDrawn() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED);

        RefundSplit split = onPayment(payment -> payment.planRefund(yuan("150.00")));

        assertThat(split).isEqualTo(new RefundSplit(yuan("100.00"), List.of(
                new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("10.00")))));
    }

    @Test
    void plansALaterRefundFromWhatEarlierRefundsLeft() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        RefundSplit split = onPayment(payment -> payment.planRefund(yuan("60.00")));

        assertThat(split).isEqualTo(new RefundSplit(Money.ZERO, List.of(
                new Allocation(MEMBER, WITHDRAWABLE, yuan("50.00")),
                new Allocation(MOTHER, EARMARKED, yuan("10.00")))));
    }

    @Test
    void plansTheReturnOfEveryShareLeftWhenEverythingLeftIsRefunded() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        RefundSplit split = onPayment(payment -> payment.planRefund(yuan("550.00")));

        assertThat(split).isEqualTo(new RefundSplit(Money.ZERO, List.of(
                new Allocation(MEMBER, WITHDRAWABLE, yuan("50.00")),
                new Allocation(MOTHER, EARMARKED, yuan("500.00")))));
    }

    @Test
    void cannotRefundMoreThanIsLeftToRefund() {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        assertThatThrownBy(() -> onPayment(payment -> payment.planRefund(yuan("550.01"))))
                .isInstanceOf(RuleRefusal.class)
                .extracting("code").isEqualTo("exceeds-refundable");
    }

    @Test
    void cannotRefundZero() {
        ledger.given("Payment", PAYMENT, SETTLED);

        assertThatThrownBy(() -> onPayment(payment -> payment.planRefund(Money.ZERO)))
                .isInstanceOf(InvalidInput.class)
                .extracting("code").isEqualTo("zero-amount");
    }

    @Test
    void recordsARefundWithItsCashAndAccountShares() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED);
        RefundSplit split = new RefundSplit(yuan("100.00"), List.of(
                new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("10.00"))));

        RefundReceipt receipt = onPayment(payment ->
                payment.recordRefund("r-1", RefundKind.REFUND, yuan("150.00"), split, List.of(), MAY_2));

        assertThat(ledger.eventsOf(PAYMENT)).containsExactly(SETTLED, FIRST_REFUND);
        assertThat(receipt).isEqualTo(new RefundReceipt("r-1", RefundKind.REFUND, yuan("150.00"),
                FIRST_REFUND.allocations(), yuan("100.00"), List.of(), false));
    }

    @Test
    void findsNoEarlierRefundUnderANewRefundId() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        Optional<RefundReceipt> earlier =
                onPayment(payment -> payment.repeatedRefund("r-2", RefundKind.REFUND, yuan("150.00")));

        assertThat(earlier).isEmpty();
    }

    @Test
    void answersTheOriginalRefundWhenTheSameRefundComesAgain() throws Exception {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        Optional<RefundReceipt> earlier =
                onPayment(payment -> payment.repeatedRefund("r-1", RefundKind.REFUND, yuan("150.00")));

        assertThat(earlier).contains(new RefundReceipt("r-1", RefundKind.REFUND, yuan("150.00"),
                FIRST_REFUND.allocations(), yuan("100.00"), List.of(), true));
    }

    @Test
    void cannotReuseARefundIdForAnotherAmount() {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        assertThatThrownBy(() -> onPayment(payment -> payment.repeatedRefund("r-1", RefundKind.REFUND,
                yuan("150.01"))))
                .isInstanceOf(ConflictWithHistory.class)
                .extracting("code").isEqualTo("refund-id-reused");
    }

    @Test
    void cannotReuseARefundIdForAReimbursement() {
        ledger.given("Payment", PAYMENT, SETTLED, FIRST_REFUND);

        assertThatThrownBy(() -> onPayment(payment -> payment.repeatedRefund("r-1", RefundKind.REIMBURSEMENT,
                yuan("150.00"))))
                .isInstanceOf(ConflictWithHistory.class)
                .extracting("code").isEqualTo("refund-id-reused");
    }

    private <R> R onPayment(Function<Payment, R> call) throws Exception {
        return ledger.inUnitOfWork(() -> ledger.payments().load(Payment.streamId(PAYMENT)).invoke(call));
    }

    private static Money yuan(String yuan) {
        return Money.parse(yuan);
    }
}
