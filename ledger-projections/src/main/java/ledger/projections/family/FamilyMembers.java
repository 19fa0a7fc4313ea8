package ledger.projections.family;

import java.time.LocalDate;
import java.util.List;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;

/** Queries over the family read models. */
public class FamilyMembers {

    /** A bound on the answer; a holder registers at most 32 members (domain-rules-as-built §5). */
    private static final int MAX_ROWS = 100;

    private final JdbcTemplate jdbc;

    public FamilyMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whom the holder registered and still has, in registration order, with what each spent. */
    public List<FamilyMemberView> registeredBy(String holderId) {
        return jdbc.query("""
                SELECT m.member_id, m.relation, m.registered_on,
                       CASE WHEN r.person_id IS NULL THEN 'EMPLOYEE' ELSE 'RESIDENT' END AS member_scheme,
                       (SELECT COALESCE(SUM(u.amount_fen), 0) FROM family_use u
                        WHERE u.holder_id = m.holder_id AND u.member_id = m.member_id) AS spent_fen
                FROM family_member m LEFT JOIN resident_member r ON r.person_id = m.member_id
                WHERE m.holder_id = ?
                ORDER BY m.registered_sequence
                FETCH FIRST %d ROWS ONLY""".formatted(MAX_ROWS),
                (row, n) -> new FamilyMemberView(row.getString("member_id"), Relation.valueOf(row.getString("relation")),
                        MemberScheme.valueOf(row.getString("member_scheme")),
                        row.getObject("registered_on", LocalDate.class), Money.ofFen(row.getLong("spent_fen"))),
                holderId);
    }
}
