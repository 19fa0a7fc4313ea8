package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ledger.account.command.ChangeInsuranceStatus;
import ledger.account.command.RecordRetirement;
import ledger.account.event.AccountEvent;
import ledger.account.event.CreditCorrected;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.RetirementRecorded;
import ledger.crediting.InsuranceStatusRule;
import ledger.crediting.RetirementRule;
import ledger.policy.Category;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;

/**
 * A retirement or a change of insurance status: new rules from the month after, and the credits of
 * those months already posted corrected to them (§8, 000 Q14). Plans the events; applies nothing.
 */
final class StatusChanges {

    private final AccountState account;
    private final MonthlyCreditPolicy policy;
    private final PolicyCatalog policies;

    StatusChanges(AccountState account, MonthlyCreditPolicy policy, PolicyCatalog policies) {
        this.account = account;
        this.policy = policy;
        this.policies = policies;
    }

    List<AccountEvent> retirement(RecordRetirement command) {
        ensureCanChange();
        RetirementRule.notRetiredYet(account.personId, account.category, account.retiredOn).enforce();
        RetirementRule.afterOpening(command.retiredOn(), account.openedOn).enforce();
        YearMonth retireeRulesFrom = YearMonth.from(command.retiredOn()).plusMonths(1);
        Category retiree = account.category.onRetirement();
        List<CreditCorrected> corrections = correctionsFrom(retireeRulesFrom, Optional.of(retiree),
                "retirement on " + command.retiredOn(), command.recordedOn());
        return withCorrections(new RetirementRecorded(account.personId, command.retiredOn(), account.category,
                retiree, retireeRulesFrom), corrections);
    }

    List<AccountEvent> statusChange(ChangeInsuranceStatus command) {
        ensureCanChange();
        InsuranceStatusRule.afterOpening(account.personId, account.openedOn, command.effectiveOn()).enforce();
        InsuranceStatusRule.ofWorkingPerson(account.personId, account.categories.isRetired()).enforce();
        InsuranceStatusRule.changesStatus(account.personId, account.categories.currentStatus(), command.status())
                .enforce();
        InsuranceStatusRule.inOrderOfEffect(command.effectiveOn(), account.categories.lastChangeOn()).enforce();
        YearMonth newRulesFrom = YearMonth.from(command.effectiveOn()).plusMonths(1);
        List<CreditCorrected> corrections = correctionsFrom(newRulesFrom, command.status().creditedAs(),
                "insurance status " + command.status() + " from " + command.effectiveOn(), command.recordedOn());
        return withCorrections(new InsuranceStatusChanged(account.personId, account.categories.currentStatus(),
                command.status(), command.effectiveOn(), newRulesFrom), corrections);
    }

    private void ensureCanChange() {
        account.ensureHoldsAccount();
        account.ensureOpen();
    }

    private List<CreditCorrected> correctionsFrom(YearMonth from, Optional<Category> newCategory, String cause,
                                                  LocalDate correctedOn) {
        List<CreditCorrected> corrections = new CreditCorrections(policy, policies.region(account.region),
                account.birthDate).plan(account.creditsByPeriod.values(), from, newCategory, cause, correctedOn,
                account.balances);
        if (!corrections.isEmpty()) {
            account.ensureOpenedBy("a credit correction", correctedOn);
            account.interest.openOn(correctedOn).enforce();
        }
        return corrections;
    }

    private static List<AccountEvent> withCorrections(AccountEvent change, List<CreditCorrected> corrections) {
        List<AccountEvent> events = new ArrayList<>(List.of(change));
        events.addAll(corrections);
        return events;
    }
}
