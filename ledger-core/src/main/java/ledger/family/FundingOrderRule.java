package ledger.family;

import java.util.HashSet;
import java.util.List;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** How a member may reorder the family accounts that pay for him (domain-rules §5). */
public final class FundingOrderRule {

    private FundingOrderRule() {
    }

    /** A new order lists exactly the accounts of the {@code current} one, each once. */
    public static Decision permutationOf(String memberId, List<String> current, List<String> proposed) {
        boolean permutation = proposed.size() == current.size()
                && new HashSet<>(proposed).size() == proposed.size()
                && new HashSet<>(proposed).equals(new HashSet<>(current));
        return Decision.unless(!permutation, () -> new RuleRefusal("not-a-permutation", "the funding order of "
                + memberId + " must list exactly the accounts that registered it, each once: " + current
                + "; got " + proposed));
    }
}
