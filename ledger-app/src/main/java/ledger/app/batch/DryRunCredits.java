package ledger.app.batch;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dry run stores nothing, so the account cannot tell that the roster step already "credited" a
 * person the retiree step meets again. This remembers, per running dry run, who was counted for which period.
 */
final class DryRunCredits {

    private static final Map<Long, Set<String>> COUNTED = new ConcurrentHashMap<>();

    private DryRunCredits() {
    }

    static boolean firstFor(long jobExecutionId, String personId, YearMonth period) {
        return COUNTED.computeIfAbsent(jobExecutionId, id -> ConcurrentHashMap.newKeySet()).add(personId + " " + period);
    }

    static void forget(long jobExecutionId) {
        COUNTED.remove(jobExecutionId);
    }
}
