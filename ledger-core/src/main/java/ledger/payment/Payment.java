package ledger.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.event.PaymentSettled;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.ForwardedShare;
import ledger.payment.value.PaymentTerms;
import ledger.refunding.RefundRule;
import ledger.refunding.RefundSplit;
import ledger.settling.PaymentRule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * One settlement, identified by the settlement system's payment id: it makes the payment idempotent
 * and remembers what is left to refund of each share.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@Revision("1")
public class Payment {

    @AggregateIdentifier
    private String streamId;
    private String paymentId;
    private PaymentSettled settled;
    private Money cashLeft;
    private List<Allocation> sharesLeft;
    private Map<String, PaymentRefunded> refundsById;

    protected Payment() {
        // for Axon
    }

    /**
     * Records a settlement as planned across the accounts: what the payer's own account paid, what
     * family accounts paid, and the cash still due.
     */
    public Payment(String paymentId, PaymentTerms terms, List<Allocation> allocations, Balances payerBalanceAfter) {
        Money own = sum(allocations.stream().filter(a -> a.accountId().equals(terms.personId())).toList());
        Money family = sum(allocations).minus(own);
        apply(new PaymentSettled(paymentId, terms, allocations, own, family, terms.amount().minus(own.plus(family)),
                payerBalanceAfter));
    }

    /**
     * A payment's event stream is named apart from the insured persons' streams, which share the
     * event store: a payment id may never collide with a person id.
     */
    public static String streamId(String paymentId) {
        return "payment:" + paymentId;
    }

    public PaymentReceipt repeat(PaymentTerms terms) {
        PaymentRule.sameTerms(paymentId, settled.terms(), terms).enforce();
        return PaymentReceipt.of(settled, true);
    }

    /** The earlier answer when this refund id was already applied with the same amount and kind. */
    public Optional<RefundReceipt> repeatedRefund(String refundId, RefundKind kind, Money amount) {
        PaymentRefunded earlier = refundsById.get(refundId);
        if (earlier == null) {
            return Optional.empty();
        }
        RefundRule.sameRefund(paymentId, refundId, kind, amount, earlier.kind(), earlier.amount()).enforce();
        return Optional.of(RefundReceipt.of(earlier, true));
    }

    public RefundSplit planRefund(Money amount) {
        RefundRule.aboveZero(amount).enforce();
        RefundRule.withinRefundable(paymentId, amount, leftToRefund()).enforce();
        return RefundSplit.of(amount, cashLeft, sharesLeft);
    }

    public RefundReceipt recordRefund(String refundId, RefundKind kind, Money amount, RefundSplit split,
                                      List<ForwardedShare> forwarded, LocalDate refundedOn) {
        List<Allocation> credited = split.accounts().stream()
                .filter(share -> forwarded.stream().noneMatch(f -> f.accountId().equals(share.accountId())
                        && f.pot() == share.pot()))
                .toList();
        PaymentRefunded refunded = new PaymentRefunded(paymentId, refundId, kind, amount, split.cash(), credited,
                forwarded, refundedOn);
        apply(refunded);
        return RefundReceipt.of(refunded, false);
    }

    public PaymentReceipt receipt() {
        return PaymentReceipt.of(settled, false);
    }

    private static Money sum(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
    }

    private Money leftToRefund() {
        return sharesLeft.stream().map(Allocation::amount).reduce(cashLeft, Money::plus);
    }

    @EventSourcingHandler
    void on(PaymentSettled event) {
        streamId = streamId(event.paymentId());
        paymentId = event.paymentId();
        settled = event;
        cashLeft = event.cashDue();
        sharesLeft = new ArrayList<>(event.allocations());
        refundsById = new HashMap<>();
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        refundsById.put(event.refundId(), event);
        cashLeft = cashLeft.minus(event.cashRefund());
        event.allocations().forEach(returned -> takeFromShare(returned.accountId(), returned.pot(), returned.amount()));
        event.forwarded().forEach(returned -> takeFromShare(returned.accountId(), returned.pot(), returned.amount()));
    }

    private void takeFromShare(String accountId, Pot pot, Money amount) {
        for (int i = 0; i < sharesLeft.size(); i++) {
            Allocation share = sharesLeft.get(i);
            if (share.accountId().equals(accountId) && share.pot() == pot) {
                sharesLeft.set(i, new Allocation(accountId, pot, share.amount().minus(amount)));
                return;
            }
        }
        throw new IllegalStateException("refund to " + accountId + "/" + pot + " matches no share of payment " + paymentId);
    }
}
