package ledger.projections.account;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A column of the account's row that records the sequence number of the last event a read model took
 * in, so that an event delivered twice (a redelivery after a crash, a retried dead letter, a replayed
 * batch) is taken in once.
 */
public final class DeliveryGuard {

    private static final Set<String> COLUMNS = Set.of("fund_totals_sequence", "yearly_statement_sequence");

    private final JdbcTemplate jdbc;
    private final String column;

    public DeliveryGuard(JdbcTemplate jdbc, String column) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("no delivery guard column " + column);
        }
        this.jdbc = jdbc;
        this.column = column;
    }

    /** Claims the event for the read model; false when it was taken in before. */
    public boolean firstDelivery(String personId, long sequence) {
        return jdbc.update("UPDATE account_view SET " + column + " = ? WHERE person_id = ? AND " + column + " < ?",
                sequence, personId, sequence) == 1;
    }
}
