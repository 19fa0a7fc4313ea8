package ledger.projections.fund;

import java.time.YearMonth;
import ledger.account.event.MoneyMovement;
import ledger.interest.PotDelta;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.account.DeliveryGuard;
import ledger.projections.account.StatementLine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sums every money movement per region, month, pot and kind (credits, interest, payments, refunds,
 * withdrawals, payouts...), so the fund's figures reconcile with the sum of the account balances.
 * It runs in the account read models' processing group: same order, same transaction, and the
 * account's region is already in the account view when its money moves. Each account's row there
 * also records the last event summed here, so an event delivered twice is counted once.
 */
@ProcessingGroup(AccountReadModelProjection.PROCESSING_GROUP)
public class FundTotalsProjection {

    private final JdbcTemplate jdbc;
    private final DeliveryGuard guard;

    public FundTotalsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.guard = new DeliveryGuard(jdbc, "fund_totals_sequence");
    }

    @EventHandler
    void on(MoneyMovement movement, @SequenceNumber long sequence) {
        String region = jdbc.queryForObject("SELECT region FROM account_view WHERE person_id = ?", String.class,
                movement.personId());
        if (!guard.firstDelivery(movement.personId(), sequence)) {
            return;
        }
        String month = YearMonth.from(movement.effectiveDate()).toString();
        String flow = StatementLine.of(movement).type();
        for (PotDelta delta : movement.deltas()) {
            if (delta.signedFen() != 0) {
                add(region, month, delta, flow);
            }
        }
    }

    @ResetHandler
    void clearForReplay() {
        jdbc.update("DELETE FROM fund_totals");
    }

    private void add(String region, String month, PotDelta delta, String flow) {
        FundTotalsOfBatch.add(jdbc, new FundTotalsOfBatch.Row(region, month, delta.pot().name(), flow),
                delta.signedFen());
    }
}
