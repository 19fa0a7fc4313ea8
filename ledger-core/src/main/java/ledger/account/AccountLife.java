package ledger.account;

import java.time.LocalDate;
import ledger.interest.Quarter;
import ledger.policy.InterestPolicy.QuarterScheme;
import ledger.refusal.RuleRefusal;

/**
 * When in an account's life a change may take effect: never before the account was opened, so a
 * replay by business date starts from an empty account and never shows money that was not yet there.
 */
final class AccountLife {

    private AccountLife() {
    }

    static void checkOpenedBy(String personId, LocalDate openedOn, String change, LocalDate effectiveOn) {
        if (effectiveOn.isBefore(openedOn)) {
            throw new RuleRefusal("before-opening", change + " on " + effectiveOn + " is before the account of "
                    + personId + " was opened on " + openedOn);
        }
    }

    /** A quarter that ended before the account was opened has no balance to pay interest on. */
    static void checkQuarter(String personId, LocalDate openedOn, Quarter quarter, QuarterScheme scheme) {
        LocalDate interestDay = quarter.interestDay(scheme);
        if (interestDay.isBefore(openedOn)) {
            throw new RuleRefusal("quarter-before-opening", "interest for " + quarter + " (interest day "
                    + interestDay + ") is before the account of " + personId + " was opened on " + openedOn);
        }
    }
}
