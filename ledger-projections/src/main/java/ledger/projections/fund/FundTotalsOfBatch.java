package ledger.projections.fund;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one unit of work (a segment's batch of events, a retried dead letter) adds to the fund totals, summed
 * per row and written when the unit of work prepares its commit, in the batch's transaction: one statement per
 * row the batch touches instead of one per movement. Every credit of a monthly run adds to the same row (its
 * region, month, pot and kind), which was otherwise updated hundreds of times in each transaction (on
 * PostgreSQL each update a new version of the row) while the other segment waited for that transaction's end
 * to update it too. A batch that rolls back takes its sums with it; the rows are written in one order, so two
 * segments never wait for each other in a circle.
 */
final class FundTotalsOfBatch {

    private static final String RESOURCE = FundTotalsOfBatch.class.getName();

    /** One row of {@code fund_totals}. */
    record Row(String region, String month, String pot, String flow) {
        static final Comparator<Row> ORDER = Comparator.comparing(Row::region).thenComparing(Row::month)
                .thenComparing(Row::pot).thenComparing(Row::flow);
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
     * Adds the pots of one movement to their rows: in the current unit of work's sums, or at once when there is
     * none (a direct call). All or none: a sum that would overflow leaves every sum as it was.
     */
    static void add(JdbcTemplate jdbc, List<Amount> amounts) {
        if (!CurrentUnitOfWork.isStarted()) {
            amounts.forEach(amount -> write(jdbc, amount.row(), amount.fen(), 1));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        FundTotalsOfBatch batch = root.getOrComputeResource(RESOURCE, key -> {
            FundTotalsOfBatch created = new FundTotalsOfBatch(jdbc);
            root.onPrepareCommit(unitOfWork -> created.writeAll());
            return created;
        });
        batch.addAll(amounts);
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

    private void writeAll() {
        sums.forEach((row, sum) -> write(jdbc, row, sum.fen, sum.movements));
    }

    private static void write(JdbcTemplate jdbc, Row row, long fen, long movements) {
        int updated = jdbc.update("UPDATE fund_totals SET amount_fen = amount_fen + ?, movements = movements + ? "
                + "WHERE region = ? AND month_of = ? AND pot = ? AND flow = ?", fen, movements, row.region(),
                row.month(), row.pot(), row.flow());
        if (updated == 0) {
            insert(jdbc, row, fen, movements);
        }
    }

    /**
     * Both segments add to the same totals: when the other one inserted the row first, this batch is not at
     * fault, and it is rolled back and retried (a transient failure is never parked).
     */
    private static void insert(JdbcTemplate jdbc, Row row, long fen, long movements) {
        try {
            jdbc.update("INSERT INTO fund_totals (region, month_of, pot, flow, amount_fen, movements) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", row.region(), row.month(), row.pot(), row.flow(), fen, movements);
        } catch (DuplicateKeyException raced) {
            throw new ConcurrencyFailureException("the fund totals of " + row.region() + " " + row.month() + " "
                    + row.flow() + " were started by another segment at the same time", raced);
        }
    }
}
