package ledger.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.policy.Category;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The fixture every account test runs on, and the values its expected events are built from. */
final class AccountFixtures {

    static final PolicyCatalog CATALOG = PolicyCatalog.shipped();
    static final String PERSON = "110101198005200011";
    static final LocalDate BEIJING_CUTOVER = LocalDate.of(2022, 9, 1);

    private AccountFixtures() {
    }

    static AggregateTestFixture<PersonalAccount> accountFixture(RefusalRecorder refusals) {
        AggregateTestFixture<PersonalAccount> fixture = new AggregateTestFixture<>(PersonalAccount.class);
        fixture.registerInjectableResource(CATALOG);
        fixture.registerInjectableResource(new MonthlyCreditPolicy(CATALOG));
        fixture.registerCommandHandlerInterceptor(refusals);
        return fixture;
    }

    static Money yuan(String yuan) {
        return Money.parse(yuan);
    }

    static Balances balances(String withdrawable, String earmarked) {
        return new Balances(yuan(withdrawable), yuan(earmarked));
    }

    static CreditBasis beijingActiveBasis(Category category, String contributionBase) {
        return new CreditBasis("BEIJING-ACTIVE-2PCT", sourceOf("BEIJING", "BEIJING-ACTIVE-2PCT"), category,
                CreditMethod.PERCENT_OF_CONTRIBUTION_BASE, yuan(contributionBase), new BigDecimal("0.02"), null, null,
                BEIJING_CUTOVER);
    }

    static CreditBasis beijingRetireeBasis(Category category, int ageInYears, String ageBand) {
        return new CreditBasis("BEIJING-RETIREE-FIXED", sourceOf("BEIJING", "BEIJING-RETIREE-FIXED"), category,
                CreditMethod.FIXED_BY_AGE_BAND, null, null, ageInYears, ageBand, BEIJING_CUTOVER);
    }

    /** The free-text citation of a rule; every other field of a basis is spelled out by the tests. */
    private static String sourceOf(String region, String ruleId) {
        return CATALOG.region(region).creditRules().stream()
                .filter(rule -> rule.id().equals(ruleId))
                .findFirst().orElseThrow().source();
    }
}
