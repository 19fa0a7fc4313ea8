package ledger.closing;

import ledger.account.command.CloseAccountToHeir;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/** Which account may inherit a deceased's balance: another open account of the region (§8, 004 第九条). */
public final class InheritanceRule {

    private InheritanceRule() {
    }

    public static Decision heirIsAnother(CloseAccountToHeir command) {
        return Decision.unless(command.heirAccountId().equals(command.personId()), () -> new InvalidInput(
                "heir-is-deceased", "the heir's account must be another person's account"));
    }

    /** {@code heirFound} is false when the heir's account is not in the ledger. */
    public static Decision heirHoldsAccount(CloseAccountToHeir command, boolean heirFound) {
        return Decision.unless(!heirFound, () -> new RuleRefusal("heir-account-unknown", "heir "
                + command.heirAccountId() + " holds no personal account in the ledger; pay the balance out to the "
                + "heirs instead"));
    }

    public static Decision heirAccountOpen(CloseAccountToHeir command, boolean heirClosed) {
        return Decision.unless(heirClosed, () -> new RuleRefusal("heir-account-closed", "the account of heir "
                + command.heirAccountId() + " is closed; pay the balance out to the heirs instead"));
    }

    public static Decision heirInRegion(CloseAccountToHeir command, String heirRegion, String region) {
        return Decision.unless(!heirRegion.equals(region), () -> new RuleRefusal("heir-in-other-region", "heir "
                + command.heirAccountId() + " is insured in " + heirRegion + ", not in " + region
                + ": only an account of the region is credited (004 第九条)"));
    }
}
