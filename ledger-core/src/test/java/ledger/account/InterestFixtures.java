package ledger.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ledger.account.event.InterestPosted;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.interest.RateSegment;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.InterestPolicy;
import ledger.policy.InterestPolicy.QuarterScheme;
import ledger.policy.InterestPolicy.RateMethod;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import ledger.policy.RegionPolicy;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The values interest and lifecycle tests build their expected events from. */
final class InterestFixtures {

    static final String BEIJING_INTEREST_RULE = "BEIJING-DEMAND-DEPOSIT";

    private InterestFixtures() {
    }

    /** An account fixture over another catalog, e.g. a region that splits quarters at rate changes. */
    static AggregateTestFixture<PersonalAccount> accountFixture(RefusalRecorder refusals, PolicyCatalog catalog) {
        AggregateTestFixture<PersonalAccount> fixture = new AggregateTestFixture<>(PersonalAccount.class);
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(new MonthlyCreditPolicy(catalog));
        fixture.registerCommandHandlerInterceptor(refusals);
        return fixture;
    }

    /** The shipped Beijing policy with its interest paid another way (rate method, quarter scheme). */
    static PolicyCatalog beijingPaying(String ruleId, RateMethod rateMethod, QuarterScheme quarters) {
        RegionPolicy shipped = AccountFixtures.CATALOG.region("BEIJING");
        InterestPolicy interest = new InterestPolicy(ruleId, rateMethod, quarters, shipped.interest().rates(),
                "test variant of " + shipped.interest().ruleId());
        return PolicyCatalog.of(new RegionPolicy(shipped.region(), shipped.name(), shipped.timeZone(),
                shipped.reformCutover(), shipped.creditRules(), shipped.familyAid(), interest, shipped.use(),
                shipped.credentials(), shipped.closureRules()));
    }

    static Quarter quarter(String quarter) {
        return Quarter.parse(quarter);
    }

    static RateSegment segment(String from, String to, String annualRate, long fenDays) {
        return new RateSegment(LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(annualRate), fenDays);
    }

    static PotInterest pot(Pot pot, long fenDays, String amount, RateSegment... segments) {
        return new PotInterest(pot, fenDays, List.of(segments), Money.parse(amount));
    }

    /** A pot that earned in one segment covering the whole quarter. */
    static PotInterest wholeQuarter(Pot pot, Quarter quarter, String annualRate, long fenDays, String amount) {
        return pot(pot, fenDays, amount, new RateSegment(quarter.firstDay(QuarterScheme.BANK),
                quarter.interestDay(QuarterScheme.BANK), new BigDecimal(annualRate), fenDays));
    }

    /** A Beijing bank quarter paid at the interest day's rate; the dates follow from the quarter. */
    static InterestPosted beijingInterest(String personId, Quarter quarter, PotInterest withdrawable,
                                          PotInterest earmarked, Balances after) {
        LocalDate first = quarter.firstDay(QuarterScheme.BANK);
        LocalDate interestDay = quarter.interestDay(QuarterScheme.BANK);
        return new InterestPosted(personId, quarter, first, interestDay, quarter.creditDay(QuarterScheme.BANK),
                ChronoUnit.DAYS.between(first, interestDay) + 1, BEIJING_INTEREST_RULE,
                RateMethod.RATE_ON_INTEREST_DAY, QuarterScheme.BANK, List.of(withdrawable, earmarked), after);
    }
}
