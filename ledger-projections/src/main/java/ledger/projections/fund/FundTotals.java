package ledger.projections.fund;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fund's figures of a region and whether they reconcile with the sum of its account balances. */
public class FundTotals {

    private final JdbcTemplate jdbc;

    public FundTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(String month, String pot, String flow, long amountFen, long movements) {
    }

    /** Per pot: what the movements add up to, and what the accounts hold. */
    public record PotReconciliation(String pot, long movementsFen, long balancesFen) {
        public boolean reconciles() {
            return movementsFen == balancesFen;
        }
    }

    public List<Line> lines(String region) {
        return jdbc.query("SELECT month_of, pot, flow, amount_fen, movements FROM fund_totals WHERE region = ? "
                        + "ORDER BY month_of, pot, flow",
                (row, n) -> new Line(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getLong(5)), region);
    }

    public List<PotReconciliation> reconciliation(String region) {
        Map<String, Long> movements = new TreeMap<>(Map.of("WITHDRAWABLE", 0L, "EARMARKED", 0L));
        jdbc.query("SELECT pot, SUM(amount_fen) FROM fund_totals WHERE region = ? GROUP BY pot",
                row -> { movements.put(row.getString(1), row.getLong(2)); }, region);
        Map<String, Long> balances = jdbc.queryForObject("SELECT COALESCE(SUM(withdrawable_fen), 0), "
                + "COALESCE(SUM(earmarked_fen), 0) FROM account_view WHERE region = ?",
                (row, n) -> Map.of("WITHDRAWABLE", row.getLong(1), "EARMARKED", row.getLong(2)), region);
        return movements.keySet().stream()
                .map(pot -> new PotReconciliation(pot, movements.get(pot), balances.get(pot))).toList();
    }
}
