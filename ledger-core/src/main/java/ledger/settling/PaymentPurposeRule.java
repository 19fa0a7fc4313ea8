package ledger.settling;

import java.time.LocalDate;
import java.util.Optional;
import ledger.account.value.PaymentPurpose;
import ledger.policy.PurposeRule;
import ledger.policy.RegionPolicy;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** Whether the region's accounts may pay for this purpose on the day (domain-rules §4). */
public final class PaymentPurposeRule {

    private PaymentPurposeRule() {
    }

    /** Among the region's purposes, allowed there, and in force on the day of the payment. */
    public static Decision allowedOn(RegionPolicy region, PaymentPurpose purpose, LocalDate day) {
        Optional<PurposeRule> listed = region.use().ruleFor(purpose.name());
        if (listed.isEmpty()) {
            return Decision.refused(new RuleRefusal("purpose-not-allowed", region.region() + " accounts do not pay "
                    + purpose + ": it is not among the region's purposes"));
        }
        PurposeRule rule = listed.get();
        if (!rule.allowed()) {
            return Decision.refused(new RuleRefusal("purpose-not-allowed", region.region() + " accounts never pay "
                    + purpose + " (" + rule.source() + ")"));
        }
        return Decision.unless(rule.from() != null && day.isBefore(rule.from()), () -> new RuleRefusal(
                "purpose-not-yet-allowed", region.region() + " accounts pay " + purpose + " from " + rule.from()
                + " (" + rule.source() + "); the payment is on " + day));
    }
}
