package ledger.projections.account;

import java.time.Instant;
import java.time.LocalDate;
import ledger.money.Balances;
import ledger.money.Pot;

/** One line of an account statement; {@code signedFen} is negative for money going out. */
public record StatementEntry(
        long sequence,
        LocalDate at,
        Instant recordedAt,
        String type,
        String nationalCode,
        long signedFen,
        Pot pot,
        Balances balanceAfter,
        String reference) {
}
