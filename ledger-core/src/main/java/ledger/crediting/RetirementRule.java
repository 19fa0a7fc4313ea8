package ledger.crediting;

import java.time.LocalDate;
import ledger.policy.Category;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** When a retirement may be recorded: once, and not before the account was opened (domain-rules §3). */
public final class RetirementRule {

    private RetirementRule() {
    }

    public static Decision notRetiredYet(String personId, Category category, LocalDate retiredOn) {
        return Decision.unless(category.isRetired(), () -> new ConflictWithHistory("already-retired", "person "
                + personId + " is already a " + category + (retiredOn == null ? "" : ", retired on " + retiredOn)));
    }

    public static Decision afterOpening(LocalDate retiredOn, LocalDate openedOn) {
        return Decision.unless(retiredOn.isBefore(openedOn), () -> new RuleRefusal("retirement-before-opening",
                "retirement on " + retiredOn + " is before the account was opened on " + openedOn));
    }
}
