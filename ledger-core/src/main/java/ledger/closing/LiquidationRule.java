package ledger.closing;

import java.time.LocalDate;
import ledger.account.value.ClosureReason;
import ledger.money.Balances;
import ledger.policy.ClosureRule;
import ledger.policy.RegionPolicy;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** When an account may be closed and its balance liquidated (domain-rules §8). */
public final class LiquidationRule {

    private LiquidationRule() {
    }

    /** A regional reason (放弃参加, 一次性清退) only where the region's rules have it. */
    public static Decision reasonInRegion(ClosureReason reason, RegionPolicy region) {
        return Decision.unless(reason.isRegional() && region.closureRule(reason.name()).isEmpty(),
                () -> new RuleRefusal("closure-reason-not-in-region", region.region() + " has no rule for closing "
                        + "an account as " + reason + "; its rules list " + region.closureRules().stream()
                        .map(ClosureRule::reason).toList() + " besides the national reasons (000 Q35)"));
    }

    public static Decision endsAfterOpening(LocalDate effectiveOn, LocalDate openedOn) {
        return Decision.unless(effectiveOn.isBefore(openedOn), () -> new RuleRefusal("closure-before-opening",
                "termination on " + effectiveOn + " is before the account was opened on " + openedOn));
    }

    /** An account is liquidated after it ends. */
    public static Decision liquidatedAfterItEnds(LocalDate effectiveOn, LocalDate closedOn) {
        return Decision.unless(effectiveOn.isAfter(closedOn), () -> new RuleRefusal("termination-in-future",
                "termination on " + effectiveOn + " is after the liquidation date " + closedOn
                        + "; an account is liquidated after it ends"));
    }

    /**
     * The payout of a liquidation takes the whole balance on its day, so money that arrived on a later
     * day (a credit allocated after it) would be paid before it was there, and the balance by date
     * would go below zero in between (domain-rules-as-built §10a).
     */
    public static Decision nothingArrivesAfter(LocalDate closedOn, Balances availableFrom, Balances today) {
        return Decision.unless(!availableFrom.equals(today), () -> new RuleRefusal("closure-before-later-money",
                "liquidation on " + closedOn + " is before money the account received on a later day; liquidate "
                        + "on or after the day of its last movement"));
    }
}
