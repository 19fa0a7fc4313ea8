package ledger.projections.family;

import ledger.account.event.AccountDebited;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.RefundCredited;
import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whom each holder registered and what each member spent from the holder's account (000 Q19, Q27,
 * Q31), from the holder's events. In the account read models' processing group, so a write that
 * waited for the account view sees these too. Rows are keyed by the event's sequence number, so an
 * event delivered twice changes nothing.
 */
@ProcessingGroup(AccountReadModelProjection.PROCESSING_GROUP)
public class FamilyMembersProjection {

    private final JdbcTemplate jdbc;

    public FamilyMembersProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FamilyMemberRegistered event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO family_member (holder_id, member_id, relation, registered_on, registered_sequence)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one
                WHERE NOT EXISTS (SELECT 1 FROM family_member WHERE holder_id = ? AND member_id = ?)""",
                event.personId(), event.memberId(), event.relation().name(), event.registeredOn(), sequence,
                event.personId(), event.memberId());
    }

    @EventHandler
    void on(FamilyMemberRevoked event, @SequenceNumber long sequence) {
        jdbc.update("DELETE FROM family_member WHERE holder_id = ? AND member_id = ? AND registered_sequence < ?",
                event.personId(), event.memberId(), sequence);
    }

    /** A debit for someone else than the holder: a member paying, or a premium for a member. */
    @EventHandler
    void on(AccountDebited event, @SequenceNumber long sequence) {
        String member = !event.payerId().equals(event.personId()) ? event.payerId() : event.beneficiaryId();
        if (!member.equals(event.personId())) {
            recordUse(event.personId(), sequence, member, event.paymentId(), event.amount().fen());
        }
    }

    /** Money refunded into the account from a member's payment lowers what the member spent. */
    @EventHandler
    void on(RefundCredited event, @SequenceNumber long sequence) {
        jdbc.queryForList("SELECT DISTINCT member_id FROM family_use WHERE holder_id = ? AND payment_id = ?",
                String.class, event.personId(), event.paymentId()).forEach(member ->
                recordUse(event.personId(), sequence, member, event.paymentId(), -event.amount().fen()));
    }

    @ResetHandler
    void clearForReplay() {
        jdbc.update("DELETE FROM family_use");
        jdbc.update("DELETE FROM family_member");
    }

    private void recordUse(String holderId, long sequence, String memberId, String paymentId, long amountFen) {
        jdbc.update("""
                INSERT INTO family_use (holder_id, sequence_number, member_id, payment_id, amount_fen)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one
                WHERE NOT EXISTS (SELECT 1 FROM family_use WHERE holder_id = ? AND sequence_number = ?)""",
                holderId, sequence, memberId, paymentId, amountFen, holderId, sequence);
    }
}
