package ledger.transferring;

import ledger.account.command.TransferIn;
import ledger.account.event.TransferredIn;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/** What a balance transferred in from another region must be (000 Q36). */
public final class TransferInRule {

    private TransferInRule() {
    }

    public static Decision aboveZero(TransferIn command) {
        return Decision.unless(command.amount().isZero(), () -> new InvalidInput("zero-amount",
                "a transfer in must be above 0.00"));
    }

    /** Within one region nothing moves. */
    public static Decision fromOtherRegion(TransferIn command, String region) {
        return Decision.unless(command.fromRegion().equals(region), () -> new RuleRefusal("transfer-within-region",
                "a transfer in comes from another region; " + command.personId() + " is insured in " + region
                        + ", and within one region nothing moves (000 Q36)"));
    }

    /** The same transfer asked again answers the first; the same id with another body is refused. */
    public static Decision sameRequest(TransferredIn earlier, TransferIn command) {
        return Decision.unless(!earlier.amount().equals(command.amount())
                || !earlier.fromRegion().equals(command.fromRegion()), () -> new ConflictWithHistory(
                "transfer-id-reused", "transfer " + command.transferId() + " was already merged: " + earlier.amount()
                + " from " + earlier.fromRegion() + "; the same id with a different body is refused"));
    }
}
