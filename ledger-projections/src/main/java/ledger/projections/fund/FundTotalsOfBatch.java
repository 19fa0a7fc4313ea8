package ledger.projections.fund;

import java.sql.Types;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ledger.projections.PendingWrites;
import ledger.projections.SummedRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one unit of work (a segment's batch of events, a retried dead letter) adds to the fund totals, summed
 * per row and written with its other pending writes (ADR 26, 31): one row's sum per batch instead of one
 * update per movement. Every credit of a monthly run adds to the same row (its region, month, pot and kind),
 * which was otherwise updated hundreds of times in each transaction (on PostgreSQL each update a new version
 * of the row) while the other segment waited for that transaction's end to update it too. A batch that rolls
 * back takes its sums with it; the rows are written in one order, so two segments never wait for each other
 * in a circle.
 */
final class FundTotalsOfBatch implements PendingWrites.Part {

    private static final SummedRows FUND_TOTALS = new SummedRows("fund_totals",
            List.of("region", "month_of", "pot", "flow"), List.of(Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR), List.of("amount_fen", "movements"));

    /** One row of {@code fund_totals}. */
    record Row(String region, String month, String pot, String flow) {
        static final Comparator<Row> ORDER = Comparator.comparing(Row::region).thenComparing(Row::month)
                .thenComparing(Row::pot).thenComparing(Row::flow);

        List<Object> key() {
            return List.of(region, month, pot, flow);
        }
    }

    /** One pot's part of a movement, to be added to its row. */
    record Amount(Row row, long fen) {
    }

    private static final class Total {
        private long fen;
        private long movements;
    }

    private final JdbcTemplate jdbc;
    private final Map<Row, Total> sums = new TreeMap<>(Row.ORDER);

    private FundTotalsOfBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the pots of one movement to their rows in the current unit of work's sums. All or none: a sum that
     * would overflow leaves every sum as it was.
     */
    static void add(JdbcTemplate jdbc, List<Amount> amounts) {
        PendingWrites.of(FundTotalsOfBatch.class, unitOfWork -> new FundTotalsOfBatch(jdbc)).addAll(amounts);
    }

    private void addAll(List<Amount> amounts) {
        Map<Row, Long> after = new TreeMap<>(Row.ORDER);
        for (Amount amount : amounts) {
            long before = after.containsKey(amount.row()) ? after.get(amount.row()) : fenOf(amount.row());
            after.put(amount.row(), Math.addExact(before, amount.fen()));
        }
        amounts.forEach(amount -> sums.computeIfAbsent(amount.row(), row -> new Total()).movements++);
        after.forEach((row, fen) -> sums.get(row).fen = fen);
    }

    private long fenOf(Row row) {
        Total total = sums.get(row);
        return total == null ? 0 : total.fen;
    }

    @Override
    public void write() {
        Map<List<Object>, long[]> rows = new LinkedHashMap<>();
        sums.forEach((row, total) -> rows.put(row.key(), new long[] {total.fen, total.movements}));
        FUND_TOTALS.add(jdbc, rows);
        sums.clear();
    }
}
