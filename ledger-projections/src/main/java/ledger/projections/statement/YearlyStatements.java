package ledger.projections.statement;

import java.util.List;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.jdbc.core.JdbcTemplate;

/** The yearly statement read from {@link YearlyStatementProjection}'s tables. */
public class YearlyStatements {

    /** Kinds times codes is a short list and a holder registers at most a few dozen members: a bound, not a page. */
    static final int MAX_LINES = 1_000;

    private final JdbcTemplate jdbc;

    public YearlyStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public YearlyStatement statement(String personId, int year) {
        return new YearlyStatement(personId, year, balanceBefore(personId, year), balanceBefore(personId, year + 1),
                totals(personId, year), familyUse(personId, year));
    }

    /** The balance per pot after every entry dated before 1 January of the year. */
    private Balances balanceBefore(String personId, int year) {
        return new Balances(sumBefore(personId, year, Pot.WITHDRAWABLE), sumBefore(personId, year, Pot.EARMARKED));
    }

    private Money sumBefore(String personId, int year, Pot pot) {
        Long fen = jdbc.queryForObject("SELECT COALESCE(SUM(amount_fen), 0) FROM yearly_statement_total "
                + "WHERE person_id = ? AND year_of < ? AND pot = ?", Long.class, personId, year, pot.name());
        return Money.ofFen(fen == null ? 0 : fen);
    }

    private List<YearlyStatement.Total> totals(String personId, int year) {
        return jdbc.query("""
                SELECT entry_type, national_code, SUM(amount_fen) AS amount_fen, SUM(entries) AS entries
                FROM yearly_statement_total WHERE person_id = ? AND year_of = ?
                GROUP BY entry_type, national_code ORDER BY national_code, entry_type
                FETCH FIRST %d ROWS ONLY""".formatted(MAX_LINES),
                (row, n) -> new YearlyStatement.Total(row.getString("entry_type"), row.getString("national_code"),
                        row.getLong("amount_fen"), row.getInt("entries")), personId, year);
    }

    private List<YearlyStatement.FamilyUse> familyUse(String personId, int year) {
        return jdbc.query("""
                SELECT member_id, spent_fen FROM yearly_family_use WHERE holder_id = ? AND year_of = ?
                ORDER BY member_id FETCH FIRST %d ROWS ONLY""".formatted(MAX_LINES),
                (row, n) -> new YearlyStatement.FamilyUse(row.getString("member_id"), row.getLong("spent_fen")),
                personId, year);
    }
}
