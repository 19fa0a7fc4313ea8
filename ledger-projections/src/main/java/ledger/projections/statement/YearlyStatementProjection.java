package ledger.projections.statement;

import java.util.Optional;
import ledger.account.event.AccountDebited;
import ledger.account.event.MoneyMovement;
import ledger.account.event.RefundCredited;
import ledger.projections.account.MovementTotals;
import ledger.projections.account.StatementLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sums each account's money movements per year of their effective date, kind, code and pot, and what
 * each family member used of the account (000 Q31), for the yearly statement. The account view hands it
 * each movement once, as it takes the movement in (ADR 30), so the account's row exists and an event
 * delivered twice is counted once. Every key holds the account's id, so two segments never write the
 * same row. The sums wait in memory for the unit of work's commit ({@link YearlyTotalsOfBatch}, ADR 31).
 */
public class YearlyStatementProjection implements MovementTotals {

    private final JdbcTemplate jdbc;

    public YearlyStatementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(MoneyMovement movement, String region) {
        YearlyTotalsOfBatch batch = YearlyTotalsOfBatch.of(jdbc);
        int year = movement.effectiveDate().getYear();
        StatementLine line = StatementLine.of(movement);
        movement.deltas().stream().filter(delta -> delta.signedFen() != 0).forEach(delta -> batch.addToTotal(
                movement.personId(), year, line.type(), line.nationalCode(), delta.pot().name(), delta.signedFen()));
        if (movement instanceof AccountDebited debit) {
            familyMemberOf(debit).ifPresent(member -> spentBy(batch, debit, year, member));
        } else if (movement instanceof RefundCredited refund) {
            batch.memberOfPayment(refund.personId(), refund.paymentId()).ifPresent(member ->
                    batch.addUse(refund.personId(), year, member, -refund.amount().fen()));
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

    /** A payment drawn from both pots is two debits of one payment: it is recorded for its member once. */
    private static void spentBy(YearlyTotalsOfBatch batch, AccountDebited debit, int year, String member) {
        if (batch.memberOfPayment(debit.personId(), debit.paymentId()).isEmpty()) {
            batch.recordPayment(debit.personId(), debit.paymentId(), member);
        }
        batch.addUse(debit.personId(), year, member, debit.amount().fen());
    }
}
