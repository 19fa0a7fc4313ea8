package ledger.app.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of the read models of {@code account-read-models}, in a fixed order, read with SQL: what a
 * rebuild must reproduce row for row.
 */
record ReadModelTables(List<Map<String, Object>> accountView, List<Map<String, Object>> statementEntry,
                       List<Map<String, Object>> fundingOrder) {

    static ReadModelTables of(JdbcTemplate jdbc) {
        return new ReadModelTables(
                jdbc.queryForList("SELECT * FROM account_view ORDER BY person_id"),
                jdbc.queryForList("SELECT * FROM statement_entry ORDER BY person_id, sequence_number, pot"),
                jdbc.queryForList("SELECT * FROM funding_order ORDER BY member_id, position"));
    }

    /** The rows that belong to none of these people (as account holder or as family member). */
    ReadModelTables without(Set<String> people) {
        return new ReadModelTables(
                accountView.stream().filter(row -> !people.contains(row.get("person_id"))).toList(),
                statementEntry.stream().filter(row -> !people.contains(row.get("person_id"))).toList(),
                fundingOrder.stream().filter(row -> !people.contains(row.get("member_id"))).toList());
    }
}
