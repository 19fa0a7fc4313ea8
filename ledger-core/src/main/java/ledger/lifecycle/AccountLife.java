package ledger.lifecycle;

import java.time.LocalDate;
import ledger.account.event.AccountClosed;
import ledger.interest.Quarter;
import ledger.policy.InterestPolicy.QuarterScheme;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;

/**
 * When in an account's life a change may take effect: while the account holds money of its own, is
 * open, and on or after the day it was opened, so a replay by business date starts from an empty
 * account and never shows money that was not yet there. Each rule is stated here once.
 */
public final class AccountLife {

    private AccountLife() {
    }

    /** A resident-scheme member has no account: nothing is credited to him, paid out or registered by him. */
    public static Decision holdsAccount(String personId, boolean resident) {
        return Decision.unless(resident, () -> new NotFound("unknown-account", personId + " is a member of the "
                + "resident scheme recorded for family mutual aid; he holds no personal account (domain-rules §5)"));
    }

    /** A liquidated account takes nothing more. */
    public static Decision open(String personId, AccountClosed closure) {
        return Decision.unless(closure != null, () -> new ConflictWithHistory("account-closed", "the account of "
                + personId + " was closed on " + closure.closedOn() + " (" + closure.reason() + "); it takes no "
                + "further credits, payments or registrations"));
    }

    public static Decision openedBy(String personId, LocalDate openedOn, String change, LocalDate effectiveOn) {
        return Decision.unless(effectiveOn.isBefore(openedOn), () -> new RuleRefusal("before-opening", change
                + " on " + effectiveOn + " is before the account of " + personId + " was opened on " + openedOn));
    }

    /** A quarter that ended before the account was opened has no balance to pay interest on. */
    public static Decision quarterAfterOpening(String personId, LocalDate openedOn, Quarter quarter,
                                               QuarterScheme scheme) {
        LocalDate interestDay = quarter.interestDay(scheme);
        return Decision.unless(interestDay.isBefore(openedOn), () -> new RuleRefusal("quarter-before-opening",
                "interest for " + quarter + " (interest day " + interestDay + ") is before the account of "
                        + personId + " was opened on " + openedOn));
    }
}
