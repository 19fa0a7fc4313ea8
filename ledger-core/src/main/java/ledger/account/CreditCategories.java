package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.RetirementRecorded;
import ledger.policy.Category;
import ledger.policy.InsuranceStatus;

/**
 * Which credit category holds for a month (domain-rules §2, §8): the working status the account was
 * opened with, each status change from the month after it, retiree rules from the month after retirement
 * (从退休次月起, 004 第六条, 002 汉 第七条). An account opened as a retiree without a date is retired throughout.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class CreditCategories {

    private InsuranceStatus openedAs;
    private final List<InsuranceStatusChanged> changes = new ArrayList<>();
    private Category retiredAs;
    private YearMonth retireeRulesFrom;

    private CreditCategories() {
        // for Jackson: snapshots
    }

    static CreditCategories opened(Category category, LocalDate openedOn, LocalDate retiredOn) {
        CreditCategories categories = new CreditCategories();
        categories.openedAs = InsuranceStatus.of(category.beforeRetirement());
        if (category.isRetired()) {
            categories.retiredAs = category.onRetirement();
            categories.retireeRulesFrom = retiredOn == null ? YearMonth.from(openedOn)
                    : YearMonth.from(retiredOn).plusMonths(1);
        }
        return categories;
    }

    /** The category a month is credited by; empty when the person's status earns no credit that month. */
    Optional<Category> categoryFor(YearMonth period) {
        if (retiredAs != null && !period.isBefore(retireeRulesFrom)) {
            return Optional.of(retiredAs);
        }
        return statusFor(period).creditedAs();
    }

    InsuranceStatus statusFor(YearMonth period) {
        InsuranceStatus status = openedAs;
        for (InsuranceStatusChanged change : changes) {
            if (!period.isBefore(change.newRulesFrom())) {
                status = change.statusAfter();
            }
        }
        return status;
    }

    InsuranceStatus currentStatus() {
        return changes.isEmpty() ? openedAs : changes.get(changes.size() - 1).statusAfter();
    }

    Optional<LocalDate> lastChangeOn() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).effectiveOn());
    }

    boolean isRetired() {
        return retiredAs != null;
    }

    void changed(InsuranceStatusChanged change) {
        changes.add(change);
    }

    void retired(RetirementRecorded retirement) {
        retiredAs = retirement.categoryAfter();
        retireeRulesFrom = retirement.retireeRulesFrom();
    }
}
