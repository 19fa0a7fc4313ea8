package ledger.projections.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.TransferredIn;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.policy.Category;
import ledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account view's and the statement's handlers called directly, as Axon calls them, over a fresh
 * in-memory database: an event delivered again (a redelivery after a crash, a retried dead letter)
 * changes neither the balances nor the statement, even after a later event was applied.
 */
class AccountReadModelProjectionTest {

    private static final String PERSON = "110101198001010011";
    private static final Instant RECORDED = Instant.parse("2024-03-09T02:00:00Z");
    private static final TransferredIn TRANSFER = new TransferredIn(PERSON, "t-1", "SHANGHAI", Money.parse("500.00"),
            LocalDate.of(2024, 3, 1), new Balances(Money.ZERO, Money.parse("500.00")));
    private static final LegacyBalanceMigrated LEGACY = new LegacyBalanceMigrated(PERSON, Money.parse("200.00"),
            LocalDate.of(2020, 1, 1), new Balances(Money.parse("200.00"), Money.ZERO));
    private static final CashWithdrawn WITHDRAWAL = new CashWithdrawn(PERSON, "w-1", Money.parse("120.00"),
            LocalDate.of(2024, 3, 9), new Balances(Money.parse("80.00"), Money.ZERO));

    private JdbcTemplate jdbc;
    private AccountReadModelProjection projection;

    @BeforeEach
    void anAccountOpenedInBeijing() {
        jdbc = ReadModelDatabase.fresh("account-read-models");
        projection = new AccountReadModelProjection(jdbc, List.of());
        AccountOpened opened = new AccountOpened(PERSON, "BEIJING", Category.EMPLOYEE, LocalDate.of(1980, 1, 1),
                LocalDate.of(2020, 1, 1), null);
        projection.on(opened, 0);
        projection.on(opened, 0);
    }

    @Test
    void aMovementDeliveredTwiceIsOneStatementEntryAndOneBalance() {
        projection.on(TRANSFER, 1, RECORDED);
        projection.on(TRANSFER, 1, RECORDED);

        assertThat(balanceFen()).containsExactly(0L, 50_000L, 1L);
        assertThat(statementFen()).containsExactly(50_000L);
    }

    @Test
    void aRedeliveredEarlierMovementDoesNotTakeTheBalanceBackOrAddAnEntry() {
        projection.on(LEGACY, 1, RECORDED);
        projection.on(WITHDRAWAL, 2, RECORDED);
        projection.on(LEGACY, 1, RECORDED);
        projection.on(WITHDRAWAL, 2, RECORDED);

        assertThat(balanceFen()).containsExactly(8_000L, 0L, 2L);
        assertThat(statementFen()).containsExactly(20_000L, -12_000L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_view", Integer.class)).isOne();
    }

    /** withdrawable, earmarked and the position of the account view. */
    private List<Long> balanceFen() {
        return jdbc.queryForObject("SELECT withdrawable_fen, earmarked_fen, last_sequence FROM account_view "
                + "WHERE person_id = ?", (row, i) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3)), PERSON);
    }

    private List<Long> statementFen() {
        return jdbc.queryForList("SELECT amount_fen FROM statement_entry WHERE person_id = ? ORDER BY sequence_number",
                Long.class, PERSON);
    }
}
