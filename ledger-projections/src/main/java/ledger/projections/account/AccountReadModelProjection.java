package ledger.projections.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountOpened;
import ledger.account.event.ClosedAccountRefundForwarded;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.MoneyMovement;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.event.RetirementRecorded;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the account view (balances, status) and the statement in step with the event stream. Each
 * update is guarded by the event's sequence number, so an event delivered twice changes nothing. A money
 * movement the guard takes in is handed on to the read models that sum movements, in the same call.
 */
@ProcessingGroup(AccountReadModelProjection.PROCESSING_GROUP)
public class AccountReadModelProjection {

    public static final String PROCESSING_GROUP = "account-read-models";

    private final JdbcTemplate jdbc;
    private final List<MovementTotals> totals;

    /** {@code totals} are handed each movement in this order; one that keeps sums in memory goes last. */
    public AccountReadModelProjection(JdbcTemplate jdbc, List<MovementTotals> totals) {
        this.jdbc = jdbc;
        this.totals = List.copyOf(totals);
    }

    @EventHandler
    void on(AccountOpened event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO account_view (person_id, region, category, status, birth_date, opened_on, retired_on,
                                          withdrawable_fen, earmarked_fen, last_sequence)
                SELECT ?, ?, ?, 'OPEN', ?, ?, ?, 0, 0, ? FROM (VALUES (1)) AS one
                WHERE NOT EXISTS (SELECT 1 FROM account_view WHERE person_id = ?)""",
                event.personId(), event.region(), event.category().name(), event.birthDate(), event.openedOn(),
                event.retiredOn(), sequence, event.personId());
    }

    /** A resident-scheme member has no account view; his row carries his position and his region. */
    @EventHandler
    void on(ResidentMemberRecorded event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO resident_member (person_id, region, recorded_on, last_sequence)
                SELECT ?, ?, ?, ? FROM (VALUES (1)) AS one
                WHERE NOT EXISTS (SELECT 1 FROM resident_member WHERE person_id = ?)""",
                event.personId(), event.region(), event.recordedOn(), sequence, event.personId());
    }

    @EventHandler
    void on(RetirementRecorded event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE account_view SET category = ?, retired_on = ?, last_sequence = ? "
                        + "WHERE person_id = ? AND last_sequence < ?",
                event.categoryAfter().name(), event.retiredOn(), sequence, event.personId(), sequence);
    }

    /** A status that earns credits shows as the account's category; the others leave the category as it was. */
    @EventHandler
    void on(InsuranceStatusChanged event, @SequenceNumber long sequence) {
        if (advance(event.personId(), sequence)) {
            event.statusAfter().creditedAs().ifPresent(category -> jdbc.update(
                    "UPDATE account_view SET category = ? WHERE person_id = ?", category.name(), event.personId()));
        }
    }

    @EventHandler
    void on(MoneyMovement movement, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        Balances after = movement.balanceAfter();
        int updated = jdbc.update("UPDATE account_view SET withdrawable_fen = ?, earmarked_fen = ?, last_sequence = ? "
                        + "WHERE person_id = ? AND last_sequence < ?",
                after.withdrawable().fen(), after.earmarked().fen(), sequence, movement.personId(), sequence);
        if (updated == 1) {
            StatementLine line = StatementLine.of(movement);
            movement.deltas().stream().filter(delta -> delta.signedFen() != 0).forEach(delta ->
                    appendStatementEntry(movement, line, delta, sequence, recordedAt));
            totals.forEach(model -> model.add(movement));
        }
    }

    @EventHandler
    void on(AccountClosed event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE account_view SET status = 'CLOSED', last_sequence = ? WHERE person_id = ? AND last_sequence < ?",
                sequence, event.personId(), sequence);
    }

    @EventHandler
    void on(ClosedAccountRefundForwarded event, @SequenceNumber long sequence) {
        advance(event.personId(), sequence);
    }

    @EventHandler
    void on(RegisteredAsFamilyMember event, @SequenceNumber long sequence) {
        replaceFundingOrder(event.personId(), event.fundingOrderAfter(), sequence);
    }

    @EventHandler
    void on(FamilyRegistrationRevoked event, @SequenceNumber long sequence) {
        replaceFundingOrder(event.personId(), event.fundingOrderAfter(), sequence);
    }

    @EventHandler
    void on(FundingOrderChanged event, @SequenceNumber long sequence) {
        replaceFundingOrder(event.personId(), event.fundingOrderAfter(), sequence);
    }

    /** The holder's side of a registration changes no read model but still advances the view's position. */
    @EventHandler
    void on(FamilyMemberRegistered event, @SequenceNumber long sequence) {
        advance(event.personId(), sequence);
    }

    @EventHandler
    void on(FamilyMemberRevoked event, @SequenceNumber long sequence) {
        advance(event.personId(), sequence);
    }

    @ResetHandler
    void clearForReplay() {
        totals.forEach(MovementTotals::clearForReplay);
        jdbc.update("DELETE FROM funding_order");
        jdbc.update("DELETE FROM resident_member");
        jdbc.update("DELETE FROM statement_entry");
        jdbc.update("DELETE FROM account_view");
    }

    private void replaceFundingOrder(String memberId, List<String> order, long sequence) {
        if (advance(memberId, sequence)) {
            jdbc.update("DELETE FROM funding_order WHERE member_id = ?", memberId);
            for (int position = 0; position < order.size(); position++) {
                jdbc.update("INSERT INTO funding_order (member_id, position, holder_id) VALUES (?, ?, ?)",
                        memberId, position, order.get(position));
            }
        }
    }

    /** Moves the person's position on, in his account view or else his resident-member row. */
    private boolean advance(String personId, long sequence) {
        return jdbc.update("UPDATE account_view SET last_sequence = ? WHERE person_id = ? AND last_sequence < ?",
                sequence, personId, sequence) == 1
                || jdbc.update("UPDATE resident_member SET last_sequence = ? WHERE person_id = ? AND last_sequence < ?",
                sequence, personId, sequence) == 1;
    }

    private void appendStatementEntry(MoneyMovement movement, StatementLine line, PotDelta delta, long sequence,
                                      Instant recordedAt) {
        Balances after = movement.balanceAfter();
        jdbc.update("""
                INSERT INTO statement_entry (person_id, sequence_number, effective_date, recorded_at, entry_type,
                                             national_code, amount_fen, pot, withdrawable_after_fen,
                                             earmarked_after_fen, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                movement.personId(), sequence, movement.effectiveDate(), recordedAt.atOffset(ZoneOffset.UTC),
                line.type(), line.nationalCode(), delta.signedFen(), delta.pot().name(), after.withdrawable().fen(),
                after.earmarked().fen(), line.reference());
    }
}
