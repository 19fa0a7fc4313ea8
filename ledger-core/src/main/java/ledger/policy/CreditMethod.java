package ledger.policy;

/** How a monthly credit rule computes its amount. */
public enum CreditMethod {
    /** A rate times the person's own contribution base (active employees). */
    PERCENT_OF_CONTRIBUTION_BASE,
    /** A fixed monthly amount chosen by the person's age band (retirees, from the pooling fund). */
    FIXED_BY_AGE_BAND,
    /** The region credits nothing to this category. */
    NO_CREDIT
}
