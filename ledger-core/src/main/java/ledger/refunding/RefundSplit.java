package ledger.refunding;

import java.util.ArrayList;
import java.util.List;
import ledger.money.Money;
import ledger.payment.value.Allocation;

/**
 * How a refund or reimbursement is returned (domain-rules §6, 000 Q30, Q32): the cash share first,
 * then the accounts in the order they were drawn, within an account the pots in the order drawn.
 * Refunding everything that is left returns every share exactly where it came from.
 */
public record RefundSplit(Money cash, List<Allocation> accounts) {

    public RefundSplit {
        accounts = List.copyOf(accounts);
    }

    public static RefundSplit of(Money amount, Money cashLeft, List<Allocation> accountSharesLeft) {
        Money cash = amount.min(cashLeft);
        Money left = amount.minus(cash);
        List<Allocation> returned = new ArrayList<>();
        for (Allocation share : accountSharesLeft) {
            Money part = left.min(share.amount());
            if (!part.isZero()) {
                returned.add(new Allocation(share.accountId(), share.pot(), part));
                left = left.minus(part);
            }
        }
        if (!left.isZero()) {
            throw new IllegalStateException("refund of " + amount + " exceeds what is left to refund");
        }
        return new RefundSplit(cash, returned);
    }
}
