package ledger.money;

/** The two pots of a personal account (domain-rules §1). */
public enum Pot {
    /** Allocated before the region's reform cutover: freely withdrawable in cash. */
    WITHDRAWABLE,
    /** Allocated from the cutover on: only for the medical uses of domain-rules §4. */
    EARMARKED
}
