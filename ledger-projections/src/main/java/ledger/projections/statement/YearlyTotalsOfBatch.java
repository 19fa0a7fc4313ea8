package ledger.projections.statement;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ledger.projections.PendingWrites;
import ledger.projections.SummedRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one unit of work adds to the yearly statement: its totals per account, year, kind, code and pot, what
 * each family member used of an account, and which member each family payment was for; summed in memory
 * and written with the unit of work's other pending writes (ADR 31).
 */
final class YearlyTotalsOfBatch implements PendingWrites.Part {

    private static final SummedRows TOTALS = new SummedRows("yearly_statement_total",
            List.of("person_id", "year_of", "entry_type", "national_code", "pot"),
            List.of(Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
            List.of("amount_fen", "entries"));
    private static final SummedRows FAMILY_USE = new SummedRows("yearly_family_use",
            List.of("holder_id", "year_of", "member_id"), List.of(Types.VARCHAR, Types.INTEGER, Types.VARCHAR),
            List.of("spent_fen"));

    private final JdbcTemplate jdbc;
    private final Map<List<Object>, long[]> totals = new LinkedHashMap<>();
    private final Map<List<Object>, long[]> familyUse = new LinkedHashMap<>();
    /** Family payments of this unit of work: holder and payment id, and the member. */
    private final Map<List<String>, String> payments = new LinkedHashMap<>();

    private YearlyTotalsOfBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static YearlyTotalsOfBatch of(JdbcTemplate jdbc) {
        return PendingWrites.of(YearlyTotalsOfBatch.class, unitOfWork -> new YearlyTotalsOfBatch(jdbc));
    }

    void addToTotal(String personId, int year, String type, String nationalCode, String pot, long fen) {
        long[] sum = totals.computeIfAbsent(List.of(personId, year, type, nationalCode, pot), key -> new long[2]);
        sum[0] = Math.addExact(sum[0], fen);
        sum[1]++;
    }

    void addUse(String holderId, int year, String memberId, long fen) {
        long[] sum = familyUse.computeIfAbsent(List.of(holderId, year, memberId), key -> new long[1]);
        sum[0] = Math.addExact(sum[0], fen);
    }

    /** The member a family payment was for, as recorded by this unit of work or before it. */
    Optional<String> memberOfPayment(String holderId, String paymentId) {
        String held = payments.get(List.of(holderId, paymentId));
        if (held != null) {
            return Optional.of(held);
        }
        return jdbc.queryForList("SELECT member_id FROM family_use_payment WHERE holder_id = ? AND payment_id = ?",
                String.class, holderId, paymentId).stream().findFirst();
    }

    void recordPayment(String holderId, String paymentId, String memberId) {
        payments.put(List.of(holderId, paymentId), memberId);
    }

    @Override
    public void write() {
        TOTALS.add(jdbc, totals);
        List<Object[]> recorded = new ArrayList<>();
        payments.forEach((payment, member) -> recorded.add(new Object[] {payment.get(0), payment.get(1), member}));
        if (!recorded.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO family_use_payment (holder_id, payment_id, member_id) VALUES (?, ?, ?)",
                    recorded, new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        }
        FAMILY_USE.add(jdbc, familyUse);
        totals.clear();
        familyUse.clear();
        payments.clear();
    }
}
