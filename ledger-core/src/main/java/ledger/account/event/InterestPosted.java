package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.policy.InterestPolicy.QuarterScheme;
import ledger.policy.InterestPolicy.RateMethod;

/**
 * A quarter's interest (结息), with everything an auditor needs to recompute it by hand: the days,
 * each pot's fen·days per rate segment, the rates and the rule.
 */
public record InterestPosted(
        String personId,
        Quarter quarter,
        LocalDate firstDay,
        LocalDate interestDay,
        LocalDate creditedOn,
        long days,
        String ruleId,
        RateMethod rateMethod,
        QuarterScheme quarterScheme,
        List<PotInterest> perPot,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    public InterestPosted {
        perPot = List.copyOf(perPot);
    }

    @Override
    public LocalDate effectiveDate() {
        return creditedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return perPot.stream().map(pot -> new PotDelta(pot.pot(), pot.amount().fen())).toList();
    }
}
