package ledger.projections.fund;

import java.time.YearMonth;
import ledger.account.event.MoneyMovement;
import ledger.projections.account.MovementTotals;
import ledger.projections.account.StatementLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sums every money movement per region, month, pot and kind (credits, interest, payments, refunds,
 * withdrawals, payouts...), so the fund's figures reconcile with the sum of the account balances.
 * The account view hands it each movement once, as it takes the movement in (ADR 30), with the account's
 * region: same order, same transaction, and an event delivered twice counted once. Its sums wait in memory
 * for the batch's commit (ADR 26), and every segment adds to its rows, so it is handed the movement last.
 */
public class FundTotalsProjection implements MovementTotals {

    private final JdbcTemplate jdbc;

    public FundTotalsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(MoneyMovement movement, String region) {
        String month = YearMonth.from(movement.effectiveDate()).toString();
        String flow = StatementLine.of(movement).type();
        FundTotalsOfBatch.add(jdbc, movement.deltas().stream().filter(delta -> delta.signedFen() != 0)
                .map(delta -> new FundTotalsOfBatch.Amount(
                        new FundTotalsOfBatch.Row(region, month, delta.pot().name(), flow), delta.signedFen()))
                .toList());
    }

    @Override
    public void clearForReplay() {
        jdbc.update("DELETE FROM fund_totals");
    }
}
