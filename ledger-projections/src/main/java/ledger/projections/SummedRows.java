package ledger.projections;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table of running sums (the yearly statement's, the fund's), written as a unit of work's pending writes
 * (ADR 31): what it adds goes as one JDBC batch of updates adding to the rows already there, then one batch
 * inserting the rows none of them found. The key columns are text or numbers, the sum columns whole numbers.
 */
public final class SummedRows {

    private final String table;
    private final String update;
    private final String insert;
    private final int[] updateTypes;
    private final int[] insertTypes;

    /** {@code keyTypes}: the {@link Types} of the key columns, in their order. */
    public SummedRows(String table, List<String> keyColumns, List<Integer> keyTypes, List<String> sumColumns) {
        this.table = table;
        this.update = "UPDATE " + table + " SET "
                + String.join(", ", sumColumns.stream().map(column -> column + " = " + column + " + ?").toList())
                + " WHERE " + String.join(" AND ", keyColumns.stream().map(column -> column + " = ?").toList());
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(sumColumns);
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        int[] keys = keyTypes.stream().mapToInt(Integer::intValue).toArray();
        int[] sums = IntStream.range(0, sumColumns.size()).map(i -> Types.BIGINT).toArray();
        this.updateTypes = IntStream.concat(IntStream.of(sums), IntStream.of(keys)).toArray();
        this.insertTypes = IntStream.concat(IntStream.of(keys), IntStream.of(sums)).toArray();
    }

    /**
     * Adds to each row its sums, in the map's order (two units of work adding to the same rows in one order
     * never wait for each other in a circle). A row another transaction inserted meanwhile is a passing fault:
     * the batch is rolled back and retried, never parked.
     */
    public void add(JdbcTemplate jdbc, Map<List<Object>, long[]> sums) {
        if (sums.isEmpty()) {
            return;
        }
        List<List<Object>> keys = List.copyOf(sums.keySet());
        int[] found = jdbc.batchUpdate(update, keys.stream().map(key -> updateArguments(key, sums.get(key))).toList(),
                updateTypes);
        List<Object[]> missing = IntStream.range(0, keys.size()).filter(i -> found[i] == 0)
                .mapToObj(i -> insertArguments(keys.get(i), sums.get(keys.get(i)))).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate(insert, missing, insertTypes);
        } catch (DuplicateKeyException raced) {
            throw new ConcurrencyFailureException("a row of " + table + " this batch adds to was inserted by another "
                    + "transaction at the same time", raced);
        }
    }

    private static Object[] updateArguments(List<Object> key, long[] sums) {
        List<Object> arguments = new ArrayList<>();
        for (long sum : sums) {
            arguments.add(sum);
        }
        arguments.addAll(key);
        return arguments.toArray();
    }

    private static Object[] insertArguments(List<Object> key, long[] sums) {
        List<Object> arguments = new ArrayList<>(key);
        for (long sum : sums) {
            arguments.add(sum);
        }
        return arguments.toArray();
    }
}
