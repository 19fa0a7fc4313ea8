package ledger.app.eventstore;

/**
 * The keys of the metadata the ledger writes on its messages, named once: every event stores the acting
 * user and its place in the hash chain (docs/architecture.md#audit-trail); a batch marks a command a dry run.
 */
public final class MetaDataKeys {

    /** Who asked: the signed-in user, {@code system}, or {@code <operator> (batch <id>)}. */
    public static final String ACTOR = "actor";
    /** This event's hash in its aggregate's chain. */
    public static final String HASH = "hash";
    /** The hash of the event before it in the same stream ({@link HashChain#GENESIS} for the first). */
    public static final String PREVIOUS_HASH = "previousHash";
    /** On a command: decide it, answer, and store nothing. */
    public static final String DRY_RUN = "dryRun";

    private MetaDataKeys() {
    }
}
