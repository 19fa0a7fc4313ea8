package ledger.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a region's accounts may pay (domain-rules §1, §4): the purposes it lists, allowed or refused
 * with their source, and whether the withdrawable pot is paid out in cash. A purpose it does not list
 * is refused.
 */
public record UsePolicy(List<PurposeRule> purposes, CashWithdrawalPolicy cashWithdrawal) {

    public UsePolicy {
        purposes = List.copyOf(Objects.requireNonNull(purposes, "use.purposes is required"));
        Objects.requireNonNull(cashWithdrawal, "use.cashWithdrawal is required");
    }

    public Optional<PurposeRule> ruleFor(String purpose) {
        return purposes.stream().filter(rule -> rule.purpose().equals(purpose)).findFirst();
    }
}
