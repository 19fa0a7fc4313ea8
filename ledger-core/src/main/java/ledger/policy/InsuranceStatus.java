package ledger.policy;

import java.util.Optional;

/**
 * A working person's insurance status (000 Q14): an employee, a flexible worker, a member of the
 * urban-rural resident scheme (城乡居民医保), or no longer contributing. The last two earn no credits.
 */
public enum InsuranceStatus {
    EMPLOYEE(Category.EMPLOYEE),
    FLEXIBLE_EMPLOYEE(Category.FLEXIBLE_EMPLOYEE),
    RESIDENT_SCHEME(null),
    NOT_CONTRIBUTING(null);

    private final Category creditedAs;

    InsuranceStatus(Category creditedAs) {
        this.creditedAs = creditedAs;
    }

    /** The credit category of a person in this status; empty when the status earns no credits. */
    public Optional<Category> creditedAs() {
        return Optional.ofNullable(creditedAs);
    }

    /** The status of a working category. */
    public static InsuranceStatus of(Category working) {
        return working == Category.FLEXIBLE_EMPLOYEE ? FLEXIBLE_EMPLOYEE : EMPLOYEE;
    }
}
