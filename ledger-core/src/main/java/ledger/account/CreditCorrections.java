package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ledger.account.event.CreditCorrected;
import ledger.account.event.MonthlyCreditPosted;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.CreditDecision;
import ledger.policy.CreditInput;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.RegionPolicy;

/**
 * Corrects the credits posted under the old rule for months from {@code from} on, after a late-reported
 * retirement or status change (domain-rules §8): each month is computed again by the new category from
 * the inputs it was credited with; a shortfall is added today, into the pot today's date decides, and an
 * over-credit is recovered from the pot it was paid into, then the other, as far as they reach.
 */
final class CreditCorrections {

    private final MonthlyCreditPolicy policy;
    private final RegionPolicy region;
    private final LocalDate birthDate;

    CreditCorrections(MonthlyCreditPolicy policy, RegionPolicy region, LocalDate birthDate) {
        this.policy = policy;
        this.region = region;
        this.birthDate = birthDate;
    }

    List<CreditCorrected> plan(Collection<MonthlyCreditPosted> credits, YearMonth from, Optional<Category> category,
                               String cause, LocalDate correctedOn, Balances balances) {
        List<CreditCorrected> corrections = new ArrayList<>();
        Balances running = balances;
        for (MonthlyCreditPosted credit : credits.stream().filter(credit -> !credit.period().isBefore(from))
                .sorted(Comparator.comparing(MonthlyCreditPosted::period)).toList()) {
            Optional<CreditDecision> decision = category.flatMap(newCategory -> decide(credit, newCategory));
            Money after = decision.map(CreditDecision::amount).orElse(Money.ZERO);
            if (!after.equals(credit.amount())) {
                CreditCorrected corrected = correction(credit, decision.orElse(null), after, cause, correctedOn, running);
                corrections.add(corrected);
                running = corrected.balanceAfter();
            }
        }
        return corrections;
    }

    private Optional<CreditDecision> decide(MonthlyCreditPosted credit, Category category) {
        CreditInput input = new CreditInput(region.region(), category, birthDate, credit.period(),
                credit.basis().contributionBase(), credit.allocationDate());
        return policy.credits(input) ? Optional.of(policy.decide(input)) : Optional.empty();
    }

    private CreditCorrected correction(MonthlyCreditPosted credit, CreditDecision decision, Money after, String cause,
                                       LocalDate correctedOn, Balances balances) {
        Money before = credit.amount();
        var basis = decision == null ? null : decision.basis();
        if (after.exceeds(before)) {
            Pot pot = region.potFor(correctedOn);
            Money added = after.minus(before);
            return new CreditCorrected(credit.personId(), credit.period(), cause, before, after, basis, pot, added,
                    Money.ZERO, Money.ZERO, Money.ZERO, correctedOn, balances.plus(pot, added));
        }
        PotRecovery recovery = PotRecovery.take(before.minus(after), credit.pot(), balances);
        return new CreditCorrected(credit.personId(), credit.period(), cause, before, after, basis, credit.pot(),
                Money.ZERO, recovery.withdrawable(), recovery.earmarked(), recovery.unrecovered(), correctedOn,
                recovery.left());
    }
}
