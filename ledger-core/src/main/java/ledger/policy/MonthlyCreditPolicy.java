package ledger.policy;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/** Computes a monthly credit (划入) from the region's rules in force for the period (domain-rules §2). */
public final class MonthlyCreditPolicy {

    private final PolicyCatalog catalog;

    public MonthlyCreditPolicy(PolicyCatalog catalog) {
        this.catalog = catalog;
    }

    public CreditDecision decide(CreditInput input) {
        RegionPolicy region = catalog.region(input.region());
        CreditRule rule = ruleFor(region, input);
        Pot pot = region.potFor(input.allocationDate());
        return switch (rule.method()) {
            case PERCENT_OF_CONTRIBUTION_BASE -> percentOfBase(rule, input, pot, region);
            case FIXED_BY_AGE_BAND -> fixedByAgeBand(rule, input, pot, region);
            case NO_CREDIT -> throw new RuleRefusal("category-not-credited", input.region() + " credits no "
                    + input.category() + " account (rule " + rule.id() + ", " + rule.source() + ")");
        };
    }

    /** Whether the rule in force credits the input's category at all (a {@code NO_CREDIT} rule does not). */
    public boolean credits(CreditInput input) {
        return ruleFor(catalog.region(input.region()), input).method() != CreditMethod.NO_CREDIT;
    }

    private static CreditRule ruleFor(RegionPolicy region, CreditInput input) {
        return region.creditRuleFor(input.category(), input.period())
                .orElseThrow(() -> new RuleRefusal("no-credit-rule", "no credit rule of " + input.region()
                        + " for " + input.category() + " is in force for " + input.period()));
    }

    private static CreditDecision percentOfBase(CreditRule rule, CreditInput input, Pot pot, RegionPolicy region) {
        Money base = input.contributionBase();
        if (base == null || base.isZero()) {
            throw new InvalidInput("contribution-base-required", "contributionBase is required and above zero for "
                    + input.category() + " in " + input.period() + " (rule " + rule.id() + ")");
        }
        CreditBasis basis = new CreditBasis(rule.id(), rule.source(), input.category(), rule.method(), base,
                rule.rate(), null, null, region.reformCutover());
        return new CreditDecision(base.times(rule.rate()), pot, basis);
    }

    private static CreditDecision fixedByAgeBand(CreditRule rule, CreditInput input, Pot pot, RegionPolicy region) {
        int age = ageInCompletedYears(input);
        AgeBand band = rule.bandFor(age);
        if (band.monthlyAmount() == null) {
            throw new RuleRefusal("policy-not-configured", "the monthly amount of " + input.region() + " rule "
                    + rule.id() + ", band \"" + band.label() + "\", is not configured: an operator must set "
                    + "creditRules[id=" + rule.id() + "].bands[fromAge=" + band.fromAge()
                    + "].monthlyAmount to the bureau's figure in the policy file " + input.region() + ".json");
        }
        CreditBasis basis = new CreditBasis(rule.id(), rule.source(), input.category(), rule.method(), null,
                null, age, band.label(), region.reformCutover());
        return new CreditDecision(band.monthlyAmount(), pot, basis);
    }

    /**
     * Completed years (周岁) reckoned by month, so the higher band holds for the whole month of the
     * birthday, also for a person born on 29 February in a common year.
     */
    private static int ageInCompletedYears(CreditInput input) {
        return (int) YearMonth.from(input.birthDate()).until(input.period(), ChronoUnit.YEARS);
    }
}
