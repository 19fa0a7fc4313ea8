package ledger.settling;

/**
 * The person's funding order changed between the lock-free look-up and the locks: nothing was
 * applied, and the settlement may simply be tried again.
 */
public class FundingOrderMoved extends RuntimeException {

    public FundingOrderMoved(String personId) {
        super("the funding order of " + personId + " changed while the payment was being settled");
    }
}
