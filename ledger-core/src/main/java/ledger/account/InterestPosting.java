package ledger.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ledger.account.command.PostInterest;
import ledger.account.event.AccountEvent;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.receipt.InterestReceipt;
import ledger.interest.InterestRule;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.lifecycle.AccountLife;
import ledger.money.Balances;
import ledger.policy.InterestPolicy;
import ledger.policy.PolicyCatalog;

/** A quarter's interest and the adjustments of later quarters it causes (domain-rules §9), not yet applied. */
record InterestPosting(List<AccountEvent> events, InterestReceipt receipt) {

    static InterestPosting plan(AccountState account, PostInterest command, PolicyCatalog policies) {
        account.ensureHoldsAccount();
        account.ensureOpen();
        InterestPolicy policy = policies.region(account.region).interest();
        Quarter quarter = command.quarter();
        AccountLife.quarterAfterOpening(account.personId, account.openedOn, quarter, policy.quarters()).enforce();
        ensurePayable(account.interest, quarter, policy, command.today());
        List<PotInterest> perPot = account.interest.interestFor(quarter, policy);
        Balances after = account.balances;
        for (PotInterest pot : perPot) {
            after = after.plus(pot.pot(), pot.amount());
        }
        LocalDate first = quarter.firstDay(policy.quarters());
        LocalDate interestDay = quarter.interestDay(policy.quarters());
        InterestPosted posted = new InterestPosted(account.personId, quarter, first, interestDay,
                quarter.creditDay(policy.quarters()), ChronoUnit.DAYS.between(first, interestDay) + 1,
                policy.ruleId(), policy.rateMethod(), policy.quarters(), perPot, after);
        List<InterestAdjusted> adjustments = account.interest.adjustmentsAfter(posted, policy, command.today(),
                after);
        List<AccountEvent> events = new ArrayList<>(List.of(posted));
        events.addAll(adjustments);
        return new InterestPosting(events, InterestReceipt.of(posted, adjustments));
    }

    /** Paid once, after its interest day; a quarter not missed also closes its credit day to changes. */
    private static void ensurePayable(InterestTimeline interest, Quarter quarter, InterestPolicy policy,
                                      LocalDate today) {
        InterestRule.notPaidYet(quarter, interest.isPaid(quarter)).enforce();
        InterestRule.quarterEnded(quarter, quarter.interestDay(policy.quarters()), today).enforce();
        if (!interest.isMissed(quarter, policy)) {
            interest.openOn(quarter.creditDay(policy.quarters())).enforce();
        }
    }
}
