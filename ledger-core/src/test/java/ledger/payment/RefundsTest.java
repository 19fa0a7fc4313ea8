package ledger.payment;

import static ledger.account.value.RefundKind.REFUND;
import static ledger.account.value.RefundKind.REIMBURSEMENT;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.payment.FamilyOfThree.CHILD;
import static ledger.payment.FamilyOfThree.FATHER;
import static ledger.payment.FamilyOfThree.MAY_1_2024;
import static ledger.payment.FamilyOfThree.MOTHER;
import static ledger.payment.FamilyOfThree.balances;
import static ledger.payment.FamilyOfThree.medical;
import static ledger.payment.FamilyOfThree.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ledger.account.PersonalAccount;
import ledger.account.command.CloseAccount;
import ledger.account.event.ClosedAccountRefundForwarded;
import ledger.account.event.RefundCredited;
import ledger.account.value.ClosureReason;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.command.RefundPayment;
import ledger.payment.command.SettlePayment;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.ForwardedShare;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds and reimbursements of a settled payment (domain-rules §6), on the real Axon machinery. The
 * payment: 750.00, paid 40.00 + 100.00 from the child's pots, 500.00 by his mother, 50.00 by his
 * father, and 60.00 in cash.
 */
class RefundsTest {

    private static final String PAYMENT = "setl-2024-000042";
    private static final LocalDate MAY_3 = LocalDate.of(2024, 5, 3);
    private static final List<Allocation> DRAWN = List.of(
            new Allocation(CHILD, EARMARKED, yuan("40.00")),
            new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")),
            new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")),
            new Allocation(FATHER, WITHDRAWABLE, yuan("50.00")));

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Map<String, List<Object>> before;

    @BeforeEach
    void settleTheBill() {
        FamilyOfThree.openAndRegister(ledger);
        FamilyOfThree.creditFortyEarmarked(ledger, CHILD);
        PaymentReceipt settled = ledger.send(new SettlePayment(PAYMENT, medical(CHILD, "750.00", MAY_1_2024, true)));
        assertThat(settled.allocations()).isEqualTo(DRAWN);
        assertThat(settled.cashDue()).isEqualTo(yuan("60.00"));
        markHistories();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void returnsTheCashFirstThenTheAccountsInTheOrderDrawn() {
        RefundReceipt receipt = ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));

        List<Allocation> returned = List.of(
                new Allocation(CHILD, EARMARKED, yuan("40.00")),
                new Allocation(CHILD, WITHDRAWABLE, yuan("100.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("50.00")));
        assertThat(receipt).isEqualTo(new RefundReceipt("r-1", REFUND, yuan("250.00"), returned, yuan("60.00"),
                List.of(), false));
        assertThat(newEventsOf(CHILD)).containsExactly(
                credited(CHILD, "r-1", REFUND, EARMARKED, "40.00", balances("0.00", "40.00")),
                credited(CHILD, "r-1", REFUND, WITHDRAWABLE, "100.00", balances("100.00", "40.00")));
        assertThat(newEventsOf(MOTHER)).containsExactly(
                credited(MOTHER, "r-1", REFUND, WITHDRAWABLE, "50.00", balances("50.00", "0.00")));
        assertThat(newEventsOf(FATHER)).isEmpty();
        assertThat(newEventsOf(PAYMENT)).containsExactly(new PaymentRefunded(PAYMENT, "r-1", REFUND, yuan("250.00"),
                yuan("60.00"), returned, List.of(), MAY_3));
    }

    @Test
    void returnsOnlyCashWhileTheCashShareLasts() {
        RefundReceipt receipt = ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("60.00"), MAY_3));

        assertThat(receipt).isEqualTo(new RefundReceipt("r-1", REFUND, yuan("60.00"), List.of(), yuan("60.00"),
                List.of(), false));
        assertThat(newEventsOf(CHILD)).isEmpty();
        assertThat(newEventsOf(MOTHER)).isEmpty();
        assertThat(newEventsOf(FATHER)).isEmpty();
        assertThat(newEventsOf(PAYMENT)).containsExactly(new PaymentRefunded(PAYMENT, "r-1", REFUND, yuan("60.00"),
                yuan("60.00"), List.of(), List.of(), MAY_3));
    }

    @Test
    void aFullRefundReturnsEveryShareExactlyWhereItCameFrom() throws Exception {
        RefundReceipt receipt = ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("750.00"), MAY_3));

        assertThat(receipt).isEqualTo(new RefundReceipt("r-1", REFUND, yuan("750.00"), DRAWN, yuan("60.00"),
                List.of(), false));
        assertThat(newEventsOf(CHILD)).containsExactly(
                credited(CHILD, "r-1", REFUND, EARMARKED, "40.00", balances("0.00", "40.00")),
                credited(CHILD, "r-1", REFUND, WITHDRAWABLE, "100.00", balances("100.00", "40.00")));
        assertThat(newEventsOf(MOTHER)).containsExactly(
                credited(MOTHER, "r-1", REFUND, WITHDRAWABLE, "500.00", balances("500.00", "0.00")));
        assertThat(newEventsOf(FATHER)).containsExactly(
                credited(FATHER, "r-1", REFUND, WITHDRAWABLE, "50.00", balances("50.00", "0.00")));
        assertBalancesAreBackToBeforeThePayment();
    }

    @Test
    void aSecondRefundOfEverythingLeftReturnsTheRestOfEveryShare() throws Exception {
        ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));
        markHistories();

        RefundReceipt receipt = ledger.send(new RefundPayment(PAYMENT, "r-2", REFUND, yuan("500.00"), MAY_3));

        List<Allocation> returned = List.of(
                new Allocation(MOTHER, WITHDRAWABLE, yuan("450.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("50.00")));
        assertThat(receipt).isEqualTo(new RefundReceipt("r-2", REFUND, yuan("500.00"), returned, Money.ZERO,
                List.of(), false));
        assertThat(newEventsOf(CHILD)).isEmpty();
        assertBalancesAreBackToBeforeThePayment();
    }

    @Test
    void cannotRefundMoreThanIsLeftToRefund() {
        ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));
        markHistories();

        ledger.assertRefused(new RefundPayment(PAYMENT, "r-2", REFUND, yuan("500.01"), MAY_3),
                RuleRefusal.class, "exceeds-refundable");

        assertNothingWritten();
    }

    @Test
    void cannotRefundZero() {
        ledger.assertRefused(new RefundPayment(PAYMENT, "r-1", REFUND, Money.ZERO, MAY_3),
                InvalidInput.class, "zero-amount");

        assertNothingWritten();
    }

    @Test
    void answersTheOriginalReceiptWhenTheSameRefundComesAgain() {
        RefundReceipt first = ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));
        markHistories();

        RefundReceipt again = ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));

        assertThat(again).isEqualTo(new RefundReceipt("r-1", REFUND, yuan("250.00"), first.allocations(),
                yuan("60.00"), List.of(), true));
        assertNothingWritten();
    }

    @Test
    void cannotReuseARefundIdForAnotherAmount() {
        ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));
        markHistories();

        ledger.assertRefused(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.01"), MAY_3),
                ConflictWithHistory.class, "refund-id-reused");

        assertNothingWritten();
    }

    @Test
    void cannotReuseARefundIdForAReimbursement() {
        ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("250.00"), MAY_3));
        markHistories();

        ledger.assertRefused(new RefundPayment(PAYMENT, "r-1", REIMBURSEMENT, yuan("250.00"), MAY_3),
                ConflictWithHistory.class, "refund-id-reused");

        assertNothingWritten();
    }

    @Test
    void cannotRefundAPaymentThatWasNeverSettled() {
        ledger.assertRefused(new RefundPayment("setl-unknown", "r-1", REFUND, yuan("1.00"), MAY_3),
                NotFound.class, "unknown-payment");

        assertNothingWritten();
        assertThat(ledger.eventsOf("setl-unknown")).isEmpty();
    }

    @Test
    void recordsAReimbursementAsSuchInEveryHistory() {
        RefundReceipt receipt = ledger.send(new RefundPayment(PAYMENT, "re-1", REIMBURSEMENT, yuan("100.00"), MAY_3));

        List<Allocation> returned = List.of(new Allocation(CHILD, EARMARKED, yuan("40.00")));
        assertThat(receipt).isEqualTo(new RefundReceipt("re-1", REIMBURSEMENT, yuan("100.00"), returned,
                yuan("60.00"), List.of(), false));
        assertThat(newEventsOf(CHILD)).containsExactly(
                credited(CHILD, "re-1", REIMBURSEMENT, EARMARKED, "40.00", balances("0.00", "40.00")));
        assertThat(newEventsOf(PAYMENT)).containsExactly(new PaymentRefunded(PAYMENT, "re-1", REIMBURSEMENT,
                yuan("100.00"), yuan("60.00"), returned, List.of(), MAY_3));
    }

    @Test
    void forwardsTheShareOfAnAccountClosedSinceThePaymentToItsPayee() {
        LocalDate may2 = LocalDate.of(2024, 5, 2);
        ledger.send(new CloseAccount(FATHER, ClosureReason.OTHER_SCHEME, may2, null, may2));
        markHistories();

        RefundReceipt receipt = ledger.send(new RefundPayment(PAYMENT, "r-1", REFUND, yuan("750.00"), MAY_3));

        List<Allocation> credited = DRAWN.subList(0, 3);
        List<ForwardedShare> forwarded = List.of(new ForwardedShare(FATHER, WITHDRAWABLE, yuan("50.00"), FATHER));
        assertThat(receipt).isEqualTo(new RefundReceipt("r-1", REFUND, yuan("750.00"), credited, yuan("60.00"),
                forwarded, false));
        assertThat(newEventsOf(FATHER)).containsExactly(new ClosedAccountRefundForwarded(FATHER, PAYMENT, "r-1",
                WITHDRAWABLE, yuan("50.00"), FATHER, MAY_3));
        assertThat(newEventsOf(PAYMENT)).containsExactly(new PaymentRefunded(PAYMENT, "r-1", REFUND, yuan("750.00"),
                yuan("60.00"), credited, forwarded, MAY_3));
    }

    private void assertBalancesAreBackToBeforeThePayment() throws Exception {
        assertThat(balancesOf(CHILD)).isEqualTo(balances("100.00", "40.00"));
        assertThat(balancesOf(MOTHER)).isEqualTo(balances("500.00", "0.00"));
        assertThat(balancesOf(FATHER)).isEqualTo(balances("50.00", "0.00"));
    }

    private Balances balancesOf(String personId) throws Exception {
        return ledger.inUnitOfWork(() -> ledger.accounts().load(personId).invoke(PersonalAccount::balances));
    }

    private static RefundCredited credited(String personId, String refundId, RefundKind kind, Pot pot, String amount,
                                           Balances after) {
        return new RefundCredited(personId, PAYMENT, refundId, kind, pot, yuan(amount), MAY_3, after);
    }

    private void markHistories() {
        before = ledger.histories(CHILD, MOTHER, FATHER, PAYMENT);
    }

    private List<Object> newEventsOf(String aggregateId) {
        return FamilyOfThree.newEvents(ledger, before, aggregateId);
    }

    private void assertNothingWritten() {
        assertThat(ledger.histories(CHILD, MOTHER, FATHER, PAYMENT)).isEqualTo(before);
    }
}
