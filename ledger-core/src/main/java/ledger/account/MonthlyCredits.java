package ledger.account;

import java.time.YearMonth;
import java.util.Optional;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.event.MonthlyCreditPosted;
import ledger.crediting.MonthlyCreditRule;
import ledger.policy.Category;
import ledger.policy.CreditDecision;
import ledger.policy.CreditInput;
import ledger.policy.MonthlyCreditPolicy;

/** The monthly credit of one account (domain-rules §2): decided by the region's rule, not yet applied. */
final class MonthlyCredits {

    private MonthlyCredits() {
    }

    static MonthlyCreditPosted post(AccountState account, PostMonthlyCredit command, MonthlyCreditPolicy policy) {
        account.ensureHoldsAccount();
        account.ensureOpen();
        YearMonth period = command.period();
        MonthlyCreditRule.notCreditedYet(account.personId, period, account.creditsByPeriod.get(period)).enforce();
        MonthlyCreditRule.ofRegion(account.personId, account.region, command.creditingRegion()).enforce();
        MonthlyCreditRule.periodAfterOpening(period, account.openedOn).enforce();
        MonthlyCreditRule.allocatedInOrAfterPeriod(period, command.allocationDate()).enforce();
        account.ensureOpenedBy("the allocation of a credit", command.allocationDate());
        account.interest.openOn(command.allocationDate()).enforce();
        CreditDecision decision = policy.decide(new CreditInput(account.region, categoryFor(account, period),
                account.birthDate, period, command.contributionBase(), command.allocationDate()));
        boolean backFilled = YearMonth.from(command.allocationDate()).isAfter(period);
        return new MonthlyCreditPosted(account.personId, period, decision.amount(), decision.pot(),
                command.allocationDate(), backFilled, decision.basis(),
                account.balances.plus(decision.pot(), decision.amount()));
    }

    /** The category of the month; a status that earns no credit is refused (000 Q14). */
    private static Category categoryFor(AccountState account, YearMonth period) {
        Optional<Category> category = account.categories.categoryFor(period);
        MonthlyCreditRule.statusCredited(account.personId, period, account.categories.statusFor(period),
                category.isPresent()).enforce();
        return category.get();
    }
}
