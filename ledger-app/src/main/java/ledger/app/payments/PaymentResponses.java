package ledger.app.payments;

import java.util.List;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.ForwardedShare;
import ledger.payment.value.PaymentTerms;

/** The JSON answers of the settlement endpoints. */
public final class PaymentResponses {

    private PaymentResponses() {
    }

    public record AllocationJson(String accountId, Pot pot, Money amount) {
        static List<AllocationJson> of(List<Allocation> allocations) {
            return allocations.stream().map(a -> new AllocationJson(a.accountId(), a.pot(), a.amount())).toList();
        }
    }

    public record BalanceJson(Money withdrawable, Money earmarked, Money total) {
        static BalanceJson of(Balances balances) {
            return new BalanceJson(balances.withdrawable(), balances.earmarked(), balances.total());
        }
    }

    /** {@code payerBalanceAfter.total} is the national settlement interface's {@code balc}. */
    public record PaymentJson(String paymentId, List<AllocationJson> allocations, Money ownAccountPaid,
                       Money familyAccountsPaid, Money accountPaid, Money cashDue, BalanceJson payerBalanceAfter) {
        static PaymentJson of(PaymentReceipt receipt) {
            return new PaymentJson(receipt.paymentId(), AllocationJson.of(receipt.allocations()),
                    receipt.ownAccountPaid(), receipt.familyAccountsPaid(), receipt.accountPaid(), receipt.cashDue(),
                    BalanceJson.of(receipt.payerBalanceAfter()));
        }
    }

    /** {@code amount = cashRefund + allocations + forwarded}: every share says where it went. */
    public record RefundJson(String refundId, String reimbursementId, RefundKind kind, Money amount,
                      List<AllocationJson> allocations, Money cashRefund, List<ForwardedShare> forwarded) {
        static RefundJson of(RefundReceipt receipt) {
            String reimbursementId = receipt.kind() == RefundKind.REIMBURSEMENT ? receipt.refundId() : null;
            return new RefundJson(receipt.refundId(), reimbursementId, receipt.kind(), receipt.amount(),
                    AllocationJson.of(receipt.allocations()), receipt.cashRefund(), receipt.forwarded());
        }
    }

    public record PaymentDetailJson(String paymentId, PaymentTerms request, PaymentJson settlement, List<RefundJson> refunds,
                             Money leftToRefund) {
    }
}
