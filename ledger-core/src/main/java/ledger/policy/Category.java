package ledger.policy;

/** Insurance categories of domain-rules §2. */
public enum Category {
    EMPLOYEE,
    RETIREE,
    FLEXIBLE_EMPLOYEE,
    FLEXIBLE_RETIREE;

    public boolean isRetired() {
        return this == RETIREE || this == FLEXIBLE_RETIREE;
    }

    /** The category a person of this category moves to on retirement. */
    public Category onRetirement() {
        return this == FLEXIBLE_EMPLOYEE ? FLEXIBLE_RETIREE : this == EMPLOYEE ? RETIREE : this;
    }

    /** The working category a retiree was in before retirement. */
    public Category beforeRetirement() {
        return this == FLEXIBLE_RETIREE ? FLEXIBLE_EMPLOYEE : this == RETIREE ? EMPLOYEE : this;
    }
}
