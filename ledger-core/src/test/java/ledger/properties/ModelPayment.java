package ledger.properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ledger.account.value.RefundKind;
import ledger.money.Pot;
import ledger.payment.value.PaymentTerms;

/** The reference model's settlement: what is left to refund of the cash and of each account share. */
final class ModelPayment {

    record Share(String accountId, Pot pot, long fen) {
    }

    record Refund(RefundKind kind, long fen) {
    }

    final PaymentTerms terms;
    private long cashLeftFen;
    private final List<Share> sharesLeft;
    final Map<String, Refund> refunds = new HashMap<>();

    ModelPayment(PaymentTerms terms, long cashFen, List<Share> shares) {
        this.terms = terms;
        this.cashLeftFen = cashFen;
        this.sharesLeft = new ArrayList<>(shares);
    }

    /** Whether an account other than the payer's paid a share: family mutual aid at work. */
    boolean drewOnFamily() {
        return sharesLeft.stream().anyMatch(share -> !share.accountId().equals(terms.personId()));
    }

    long leftFen() {
        return cashLeftFen + sharesLeft.stream().mapToLong(Share::fen).sum();
    }

    /** Cash first, then the account shares in the order they were drawn (000 Q30, Q32). */
    List<Share> split(long fen) {
        long left = fen - Math.min(fen, cashLeftFen);
        List<Share> returned = new ArrayList<>();
        for (Share share : sharesLeft) {
            long part = Math.min(left, share.fen());
            if (part > 0) {
                returned.add(new Share(share.accountId(), share.pot(), part));
                left -= part;
            }
        }
        return returned;
    }

    void refunded(String refundId, RefundKind kind, long fen, List<Share> returned) {
        refunds.put(refundId, new Refund(kind, fen));
        long accounts = returned.stream().mapToLong(Share::fen).sum();
        cashLeftFen -= fen - accounts;
        for (Share back : returned) {
            for (int i = 0; i < sharesLeft.size(); i++) {
                Share share = sharesLeft.get(i);
                if (share.accountId().equals(back.accountId()) && share.pot() == back.pot()) {
                    sharesLeft.set(i, new Share(share.accountId(), share.pot(), share.fen() - back.fen()));
                    break;
                }
            }
        }
    }
}
