package ledger.projections.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import org.springframework.jdbc.core.JdbcTemplate;

/** Queries over the account view and the statement. */
public class AccountReadModels {

    /** A statement is read a bounded page at a time. */
    public static final int MAX_STATEMENT_ENTRIES = 10_000;

    private final JdbcTemplate jdbc;

    public AccountReadModels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountView> account(String personId) {
        return jdbc.query("SELECT * FROM account_view WHERE person_id = ?", AccountReadModels::accountView, personId)
                .stream().findFirst();
    }

    /** The sequence number of the last event the view has taken in for this person, if any. */
    public OptionalLong lastSequence(String personId) {
        List<Long> found = jdbc.queryForList("SELECT last_sequence FROM account_view WHERE person_id = ? "
                + "UNION ALL SELECT last_sequence FROM resident_member WHERE person_id = ?", Long.class, personId,
                personId);
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    /** The region a person is insured in: his account's, or his record's as a resident-scheme member. */
    public Optional<String> regionOf(String personId) {
        return jdbc.queryForList("SELECT region FROM account_view WHERE person_id = ? "
                + "UNION ALL SELECT region FROM resident_member WHERE person_id = ?", String.class, personId, personId)
                .stream().findFirst();
    }

    /** Whether the ledger recorded this person as a member of the resident scheme (domain-rules §5). */
    public boolean isResidentMember(String personId) {
        return residentMember(personId).isPresent();
    }

    /** The ledger's record of a resident-scheme member: his region and since when (domain-rules §5). */
    public Optional<ResidentMemberView> residentMember(String personId) {
        return jdbc.query("SELECT person_id, region, recorded_on FROM resident_member WHERE person_id = ?",
                (row, n) -> new ResidentMemberView(row.getString("person_id"), row.getString("region"),
                        row.getObject("recorded_on", LocalDate.class)), personId).stream().findFirst();
    }

    /** The member's family accounts in funding order (the own account, always first, is not listed). */
    public List<String> familyAccountsOf(String memberId) {
        return jdbc.queryForList("SELECT holder_id FROM funding_order WHERE member_id = ? ORDER BY position",
                String.class, memberId);
    }

    public List<StatementEntry> statement(String personId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT * FROM statement_entry
                WHERE person_id = ? AND effective_date >= ? AND effective_date <= ?
                ORDER BY sequence_number, pot DESC
                FETCH FIRST %d ROWS ONLY""".formatted(MAX_STATEMENT_ENTRIES),
                AccountReadModels::statementEntry, personId, from, to);
    }

    /** Accounts whose person id starts with {@code prefix}, in id order: a range of the primary key. */
    public List<AccountView> accountsStartingWith(String prefix, int limit) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.query("SELECT * FROM account_view WHERE person_id LIKE ? ESCAPE '\\' ORDER BY person_id "
                + "FETCH FIRST %d ROWS ONLY".formatted(Math.min(limit, MAX_STATEMENT_ENTRIES)),
                AccountReadModels::accountView, escaped + "%");
    }

    /** The account's last {@code limit} statement lines, newest first. */
    public List<StatementEntry> latestEntries(String personId, int limit) {
        return jdbc.query("""
                SELECT * FROM statement_entry WHERE person_id = ?
                ORDER BY sequence_number DESC, pot
                FETCH FIRST %d ROWS ONLY""".formatted(Math.min(limit, MAX_STATEMENT_ENTRIES)),
                AccountReadModels::statementEntry, personId);
    }

    /** One page of the statement between two dates, oldest first; pages are counted from 0. */
    public List<StatementEntry> statementPage(String personId, LocalDate from, LocalDate to, int page, int pageSize) {
        int size = Math.min(pageSize, MAX_STATEMENT_ENTRIES);
        return jdbc.query("""
                SELECT * FROM statement_entry
                WHERE person_id = ? AND effective_date >= ? AND effective_date <= ?
                ORDER BY sequence_number, pot DESC
                OFFSET %d ROWS FETCH NEXT %d ROWS ONLY""".formatted((long) page * size, size),
                AccountReadModels::statementEntry, personId, from, to);
    }

    public long statementSize(String personId, LocalDate from, LocalDate to) {
        Long count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM statement_entry
                WHERE person_id = ? AND effective_date >= ? AND effective_date <= ?""", Long.class, personId, from, to);
        return count == null ? 0 : count;
    }

    private static AccountView accountView(ResultSet row, int rowNumber) throws SQLException {
        return new AccountView(
                row.getString("person_id"),
                row.getString("region"),
                Category.valueOf(row.getString("category")),
                AccountStatus.valueOf(row.getString("status")),
                row.getObject("birth_date", LocalDate.class),
                row.getObject("opened_on", LocalDate.class),
                row.getObject("retired_on", LocalDate.class),
                balances(row, "withdrawable_fen", "earmarked_fen"),
                row.getLong("last_sequence"));
    }

    private static StatementEntry statementEntry(ResultSet row, int rowNumber) throws SQLException {
        return new StatementEntry(
                row.getLong("sequence_number"),
                row.getObject("effective_date", LocalDate.class),
                row.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                row.getString("entry_type"),
                row.getString("national_code"),
                row.getLong("amount_fen"),
                Pot.valueOf(row.getString("pot")),
                balances(row, "withdrawable_after_fen", "earmarked_after_fen"),
                row.getString("reference"));
    }

    private static Balances balances(ResultSet row, String withdrawable, String earmarked) throws SQLException {
        return new Balances(Money.ofFen(row.getLong(withdrawable)), Money.ofFen(row.getLong(earmarked)));
    }
}
