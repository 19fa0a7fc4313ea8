package ledger.app.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.batch.item.ExecutionContext;

/**
 * The running totals of a batch step, kept in the step's execution context so that they are saved
 * with every chunk and survive a restart.
 */
final class BatchCounters {

    /** At most this many rejected lines are listed in a report; the count covers them all. */
    static final int MAX_LISTED_REJECTS = 1_000;

    static final String CREDITED = "credited";
    static final String SKIPPED = "skipped";
    static final String REJECTED = "rejected";
    static final String REJECTS = "rejects";

    private final ExecutionContext context;

    BatchCounters(ExecutionContext context) {
        this.context = context;
    }

    /** One account credited with these amounts per pot. */
    void credited(Map<Pot, Money> amounts) {
        add(CREDITED, 1);
        amounts.forEach((pot, amount) -> add(fenKey(pot), amount.fen()));
    }

    void skipped() {
        add(SKIPPED, 1);
    }

    void rejected(long line, String personId, String reason) {
        add(REJECTED, 1);
        List<Map<String, Object>> rejects = rejects(context);
        if (rejects.size() < MAX_LISTED_REJECTS) {
            rejects.add(Map.of("line", line, "personId", personId == null ? "" : personId, "reason", reason));
            context.put(REJECTS, rejects);
        }
    }

    static long count(ExecutionContext context, String key) {
        return context.getLong(key, 0L);
    }

    static Money total(ExecutionContext context, Pot pot) {
        return Money.ofFen(context.getLong(fenKey(pot), 0L));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rejects(ExecutionContext context) {
        Object listed = context.get(REJECTS);
        return listed == null ? new ArrayList<>() : new ArrayList<>((List<Map<String, Object>>) listed);
    }

    private void add(String key, long amount) {
        context.putLong(key, context.getLong(key, 0L) + amount);
    }

    private static String fenKey(Pot pot) {
        return "fen." + pot.name();
    }
}
