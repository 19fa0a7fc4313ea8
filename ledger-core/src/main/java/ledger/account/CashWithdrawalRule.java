package ledger.account;

import ledger.policy.CashWithdrawalPolicy;
import ledger.policy.RegionPolicy;
import ledger.refusal.RuleRefusal;

/** Cash is paid out only where the region's bureau allows it (domain-rules §1). */
final class CashWithdrawalRule {

    private CashWithdrawalRule() {
    }

    static void check(RegionPolicy region) {
        CashWithdrawalPolicy cash = region.use().cashWithdrawal();
        if (!cash.allowed()) {
            throw new RuleRefusal("cash-withdrawal-not-allowed", region.region() + " pays no account money out in "
                    + "cash (" + cash.source() + "); the withdrawable pot is spent at the counter like earmarked money");
        }
    }
}
