package ledger.projections.account;

import ledger.account.event.MoneyMovement;

/**
 * A read model that sums accounts' money movements (the yearly statement, the fund totals). The account
 * view hands it each movement once, when its own guarded update takes the movement in, in the same handler
 * call: so the movement is summed once however often it is delivered, and a failure anywhere in that call
 * leaves no part of it applied (ADR 30).
 */
public interface MovementTotals {

    /** {@code region}: the region of the movement's account. */
    void add(MoneyMovement movement, String region);

    /** Empties the read model for a replay. */
    void clearForReplay();
}
