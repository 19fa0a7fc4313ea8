package ledger.settling;

import java.util.ArrayList;
import java.util.List;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.value.Allocation;

/**
 * Splits a bill over the accounts that may pay it, in order (own account first, then family accounts
 * in funding order, 000 Q10), and inside each account the earmarked pot before the withdrawable one
 * (domain-rules §5, assumption), so no one pays cash while usable money sits in an account.
 */
public final class FundingPlan {

    private static final List<Pot> POT_ORDER = List.of(Pot.EARMARKED, Pot.WITHDRAWABLE);

    private FundingPlan() {
    }

    /** An account and what it holds now. */
    public record Source(String accountId, Balances balances) {
    }

    public static List<Allocation> draw(List<Source> sources, Money bill) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = bill;
        for (Source source : sources) {
            for (Pot pot : POT_ORDER) {
                Money share = left.min(source.balances().in(pot));
                if (!share.isZero()) {
                    allocations.add(new Allocation(source.accountId(), pot, share));
                    left = left.minus(share);
                }
            }
        }
        return List.copyOf(allocations);
    }
}
