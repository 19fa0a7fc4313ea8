package ledger.app.pin;

import java.time.Instant;

/** PIN checks of this account are locked after too many wrong PINs (HTTP 423). */
public class PinLocked extends RuntimeException {

    public PinLocked(String personId, Instant until) {
        super("PIN checks of account " + personId + " are locked until " + until
                + " after too many wrong PINs; pay with the electronic voucher or ask a caseworker to unlock");
    }
}
