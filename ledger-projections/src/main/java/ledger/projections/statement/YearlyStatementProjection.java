package ledger.projections.statement;

import java.util.List;
import java.util.Optional;
import ledger.account.event.AccountDebited;
import ledger.account.event.MoneyMovement;
import ledger.account.event.RefundCredited;
import ledger.interest.PotDelta;
import ledger.projections.account.MovementTotals;
import ledger.projections.account.StatementLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sums each account's money movements per year of their effective date, kind, code and pot, and what
 * each family member used of the account (000 Q31), for the yearly statement. The account view hands it
 * each movement once, as it takes the movement in (ADR 30), so the account's row exists and an event
 * delivered twice is counted once. Every key holds the account's id, so two segments never write the
 * same row.
 */
public class YearlyStatementProjection implements MovementTotals {

    private final JdbcTemplate jdbc;

    public YearlyStatementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(MoneyMovement movement) {
        int year = movement.effectiveDate().getYear();
        StatementLine line = StatementLine.of(movement);
        movement.deltas().stream().filter(delta -> delta.signedFen() != 0)
                .forEach(delta -> addToTotal(movement.personId(), year, line, delta));
        if (movement instanceof AccountDebited debit) {
            familyMemberOf(debit).ifPresent(member -> spentBy(debit, year, member));
        } else if (movement instanceof RefundCredited refund) {
            memberOfPayment(refund.personId(), refund.paymentId()).ifPresent(member ->
                    addUse(refund.personId(), year, member, -refund.amount().fen()));
        }
    }

    @Override
    public void clearForReplay() {
        jdbc.update("DELETE FROM yearly_statement_total");
        jdbc.update("DELETE FROM yearly_family_use");
        jdbc.update("DELETE FROM family_use_payment");
    }

    /** Whom a debit of the holder's account was for: the member who paid, or the member a premium was for. */
    static Optional<String> familyMemberOf(AccountDebited debit) {
        if (!debit.payerId().equals(debit.personId())) {
            return Optional.of(debit.payerId());
        }
        return debit.beneficiaryId().equals(debit.personId()) ? Optional.empty() : Optional.of(debit.beneficiaryId());
    }

    private void addToTotal(String personId, int year, StatementLine line, PotDelta delta) {
        int updated = jdbc.update("UPDATE yearly_statement_total SET amount_fen = amount_fen + ?, entries = entries + 1 "
                        + "WHERE person_id = ? AND year_of = ? AND entry_type = ? AND national_code = ? AND pot = ?",
                delta.signedFen(), personId, year, line.type(), line.nationalCode(), delta.pot().name());
        if (updated == 0) {
            jdbc.update("INSERT INTO yearly_statement_total (person_id, year_of, entry_type, national_code, pot, "
                            + "amount_fen, entries) VALUES (?, ?, ?, ?, ?, ?, 1)",
                    personId, year, line.type(), line.nationalCode(), delta.pot().name(), delta.signedFen());
        }
    }

    /** A payment drawn from both pots is two debits of one payment: it is recorded for its member once. */
    private void spentBy(AccountDebited debit, int year, String member) {
        if (memberOfPayment(debit.personId(), debit.paymentId()).isEmpty()) {
            jdbc.update("INSERT INTO family_use_payment (holder_id, payment_id, member_id) VALUES (?, ?, ?)",
                    debit.personId(), debit.paymentId(), member);
        }
        addUse(debit.personId(), year, member, debit.amount().fen());
    }

    private Optional<String> memberOfPayment(String holderId, String paymentId) {
        List<String> members = jdbc.queryForList("SELECT member_id FROM family_use_payment WHERE holder_id = ? "
                + "AND payment_id = ?", String.class, holderId, paymentId);
        return members.stream().findFirst();
    }

    private void addUse(String holderId, int year, String member, long fen) {
        int updated = jdbc.update("UPDATE yearly_family_use SET spent_fen = spent_fen + ? "
                + "WHERE holder_id = ? AND year_of = ? AND member_id = ?", fen, holderId, year, member);
        if (updated == 0) {
            jdbc.update("INSERT INTO yearly_family_use (holder_id, year_of, member_id, spent_fen) VALUES (?, ?, ?, ?)",
                    holderId, year, member, fen);
        }
    }
}
