package ledger.interest;

import java.util.List;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * The interest one pot earned in a quarter: Σ fenDays × rate ÷ 360 over the segments, rounded
 * half-up to the fen once. {@code fenDays} is the pot's 积数 in fen·days.
 */
public record PotInterest(Pot pot, long fenDays, List<RateSegment> segments, Money amount) {

    public PotInterest {
        segments = List.copyOf(segments);
    }
}
