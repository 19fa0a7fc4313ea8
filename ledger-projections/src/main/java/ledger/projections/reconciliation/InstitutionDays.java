package ledger.projections.reconciliation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the ledger booked for one institution on one day: each line, and per kind the count and sums. */
public class InstitutionDays {

    /** A day with more lines than this is refused rather than read into memory (TigerBeetle: limit everything). */
    public static final int MAX_LINES = 200_000;

    private final JdbcTemplate jdbc;

    public InstitutionDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(String kind, String paymentId, String lineId, long amountFen, long accountFen, long cashFen) {
    }

    public record Total(String kind, long count, long amountFen, long accountFen, long cashFen) {
    }

    public List<Line> lines(String institutionId, LocalDate day) {
        return jdbc.query("SELECT kind, payment_id, line_id, amount_fen, account_fen, cash_fen FROM institution_settlement "
                        + "WHERE institution_id = ? AND booked_on = ? ORDER BY payment_id, kind, line_id LIMIT ?",
                (row, n) -> new Line(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getLong(5), row.getLong(6)), institutionId, day, MAX_LINES + 1);
    }

    /** Whether the settlement ({@code lineId} the payment id) or the refund ({@code lineId} its id) is booked. */
    public boolean holds(String paymentId, String lineId) {
        return !jdbc.queryForList("SELECT 1 FROM institution_settlement WHERE payment_id = ? AND line_id = ?",
                Integer.class, paymentId, lineId).isEmpty();
    }

    public List<Total> totals(String institutionId, LocalDate day) {
        return jdbc.query("SELECT kind, COUNT(*), SUM(amount_fen), SUM(account_fen), SUM(cash_fen) "
                        + "FROM institution_settlement WHERE institution_id = ? AND booked_on = ? GROUP BY kind ORDER BY kind",
                (row, n) -> new Total(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)),
                institutionId, day);
    }
}
