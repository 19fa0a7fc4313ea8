package ledger.projections;

import java.sql.Date;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh in-memory database with the read models' tables (the projections' own migrations), for the
 * tests that call a projection's handlers as Axon calls them.
 */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static JdbcTemplate fresh(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/common").load().migrate();
        return new JdbcTemplate(database);
    }

    /** The account view of an open Beijing employee account at position 0, which other projections read. */
    public static void openBeijingEmployee(JdbcTemplate jdbc, String personId, String openedOn) {
        jdbc.update("""
                INSERT INTO account_view (person_id, region, category, status, birth_date, opened_on,
                                          withdrawable_fen, earmarked_fen, last_sequence)
                VALUES (?, 'BEIJING', 'EMPLOYEE', 'OPEN', DATE '1980-01-01', ?, 0, 0, 0)""",
                personId, Date.valueOf(openedOn));
    }
}
