package ledger.interest;

import java.time.LocalDate;
import ledger.money.Pot;

/** A change of one pot that takes effect at the end of a day (the balance that day includes it). */
public record DatedDelta(LocalDate date, Pot pot, long signedFen) {
}
