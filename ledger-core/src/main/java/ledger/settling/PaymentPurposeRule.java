package ledger.settling;

import java.time.LocalDate;
import ledger.account.value.PaymentPurpose;
import ledger.policy.PurposeRule;
import ledger.policy.RegionPolicy;
import ledger.refusal.RuleRefusal;

/** Whether the region's accounts may pay for this purpose on the day (domain-rules §4). */
public final class PurposeAllowance {

    private PurposeAllowance() {
    }

    public static void check(RegionPolicy region, PaymentPurpose purpose, LocalDate day) {
        PurposeRule rule = region.use().ruleFor(purpose.name())
                .orElseThrow(() -> new RuleRefusal("purpose-not-allowed", region.region() + " accounts do not pay "
                        + purpose + ": it is not among the region's purposes"));
        if (!rule.allowed()) {
            throw new RuleRefusal("purpose-not-allowed", region.region() + " accounts never pay " + purpose
                    + " (" + rule.source() + ")");
        }
        if (rule.from() != null && day.isBefore(rule.from())) {
            throw new RuleRefusal("purpose-not-yet-allowed", region.region() + " accounts pay " + purpose + " from "
                    + rule.from() + " (" + rule.source() + "); the payment is on " + day);
        }
    }
}
