package ledger.projections.reconciliation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.event.PaymentSettled;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.account.AccountRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Books each settlement and each refund, reimbursement or cancellation of it under the institution
 * and the day, for the daily reconciliation. A settlement's day is the local date of its
 * {@code occurredAt} in the payer's region's zone; a refund's day is its {@code refundedOn} and its
 * institution that of the settlement (earlier in the same payment stream, so already booked).
 * Inserts are guarded by the key: an event delivered twice changes nothing.
 */
@ProcessingGroup(AccountReadModelProjection.PROCESSING_GROUP)
public class InstitutionSettlementProjection {

    static final String SETTLEMENT = "SETTLEMENT";

    private final JdbcTemplate jdbc;
    private final Function<String, ZoneId> zoneOfRegion;

    public InstitutionSettlementProjection(JdbcTemplate jdbc, Function<String, ZoneId> zoneOfRegion) {
        this.jdbc = jdbc;
        this.zoneOfRegion = zoneOfRegion;
    }

    @EventHandler
    void on(PaymentSettled settled) {
        LocalDate day = settled.terms().occurredAt().atZoneSameInstant(zoneOf(settled.terms().personId()))
                .toLocalDate();
        long cash = settled.cashDue().fen();
        book(settled.paymentId(), SETTLEMENT, settled.paymentId(), settled.terms().institutionId(), day,
                settled.terms().amount().fen(), settled.terms().amount().fen() - cash, cash);
    }

    @EventHandler
    void on(PaymentRefunded refunded) {
        String institution = jdbc.queryForObject("SELECT institution_id FROM institution_settlement "
                + "WHERE payment_id = ? AND kind = ?", String.class, refunded.paymentId(), SETTLEMENT);
        long cash = refunded.cashRefund().fen();
        book(refunded.paymentId(), refunded.kind().name(), refunded.refundId(), institution, refunded.refundedOn(),
                refunded.amount().fen(), refunded.amount().fen() - cash, cash);
    }

    /**
     * The payer's region's zone. The payment's stream may be handled in another segment than the
     * payer's account: during a replay the account view may not have the payer yet, and the region's
     * zone is then asked for with null (the ledger's own zone). An account view opened in this same batch is
     * not written yet, and is found among its pending writes.
     */
    private ZoneId zoneOf(String personId) {
        return zoneOfRegion.apply(AccountRows.regionOf(jdbc, personId).orElse(null));
    }

    @ResetHandler
    void clearForReplay() {
        jdbc.update("DELETE FROM institution_settlement");
    }

    private void book(String paymentId, String kind, String lineId, String institution, LocalDate day,
                      long amountFen, long accountFen, long cashFen) {
        jdbc.update("INSERT INTO institution_settlement (payment_id, kind, line_id, institution_id, booked_on, "
                        + "amount_fen, account_fen, cash_fen) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM institution_settlement WHERE payment_id = ? AND kind = ? AND line_id = ?)",
                paymentId, kind, lineId, institution, day, amountFen, accountFen, cashFen, paymentId, kind, lineId);
    }
}
