package ledger.interest;

import ledger.money.Pot;

/** A signed change of one pot, in fen. */
public record PotDelta(Pot pot, long signedFen) {
}
