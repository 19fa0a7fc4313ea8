package ledger.crediting;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.event.MonthlyCreditPosted;
import ledger.policy.InsuranceStatus;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** Which month may be credited to an account, by which region's run and on which day (domain-rules §2). */
public final class MonthlyCreditRule {

    private MonthlyCreditRule() {
    }

    /** A month is credited once; {@code earlier} is its credit in force, if any. */
    public static Decision notCreditedYet(String personId, YearMonth period, MonthlyCreditPosted earlier) {
        return Decision.unless(earlier != null, () -> new ConflictWithHistory("period-already-credited", "period "
                + period + " of person " + personId + " was already credited " + earlier.amount() + " to "
                + earlier.pot() + " on " + earlier.allocationDate() + " by rule " + earlier.basis().ruleId()
                + "; a month is credited once"));
    }

    /** A region's run credits its own insured only; {@code creditingRegion} null is a single credit. */
    public static Decision ofRegion(String personId, String region, String creditingRegion) {
        return Decision.unless(creditingRegion != null && !creditingRegion.equals(region), () -> new RuleRefusal(
                "person-of-other-region", personId + " is insured in " + region + ", not in " + creditingRegion
                + ": the " + creditingRegion + " run does not credit this person"));
    }

    public static Decision periodAfterOpening(YearMonth period, LocalDate openedOn) {
        return Decision.unless(period.isBefore(YearMonth.from(openedOn)), () -> new RuleRefusal(
                "period-before-opening", "period " + period + " is before the account was opened on " + openedOn));
    }

    public static Decision allocatedInOrAfterPeriod(YearMonth period, LocalDate allocationDate) {
        return Decision.unless(allocationDate.isBefore(period.atDay(1)), () -> new RuleRefusal(
                "allocated-before-period", "a credit for " + period + " cannot be allocated before the period "
                + "starts; allocation date " + allocationDate));
    }

    /** A month in a status that earns no credit is not credited; {@code credited} when the month has a category. */
    public static Decision statusCredited(String personId, YearMonth period, InsuranceStatus status, boolean credited) {
        return Decision.unless(!credited, () -> new RuleRefusal("status-not-credited", personId + " is " + status
                + " in " + period + ": that status earns no credit (000 Q14)"));
    }
}
