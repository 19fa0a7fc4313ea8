package ledger.projections.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import ledger.projections.AccountStream;
import ledger.projections.ReadModelDatabase;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.ConcurrencyFailureException;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account view's and the statement's handlers called as Axon calls them, over a fresh
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
    private AccountStream stream;

    @BeforeEach
    void anAccountOpenedInBeijing() throws Exception {
        jdbc = ReadModelDatabase.fresh("account-read-models");
        stream = new AccountStream(new AccountReadModelProjection(jdbc, List.of()));
        AccountOpened opened = new AccountOpened(PERSON, "BEIJING", Category.EMPLOYEE, LocalDate.of(1980, 1, 1),
                LocalDate.of(2020, 1, 1), null);
        stream.deliver(PERSON, 0, opened);
        stream.deliver(PERSON, 0, opened);
    }

    @Test
    void aMovementDeliveredTwiceIsOneStatementEntryAndOneBalance() throws Exception {
        deliver(1, TRANSFER);
        deliver(1, TRANSFER);

        assertThat(balanceFen()).containsExactly(0L, 50_000L, 1L);
        assertThat(statementFen()).containsExactly(50_000L);
    }

    @Test
    void aRedeliveredEarlierMovementDoesNotTakeTheBalanceBackOrAddAnEntry() throws Exception {
        deliver(1, LEGACY);
        deliver(2, WITHDRAWAL);
        deliver(1, LEGACY);
        deliver(2, WITHDRAWAL);

        assertThat(balanceFen()).containsExactly(8_000L, 0L, 2L);
        assertThat(statementFen()).containsExactly(20_000L, -12_000L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_view", Integer.class)).isOne();
    }

    @Test
    void aUnitOfWorkWritesAtItsCommitAndFailsAsPassingWhenAnotherTransactionChangedTheRowMeanwhile()
            throws Exception {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(
                new AccountReadModelProjection(jdbc, List.of()));
        EventMessage<?> transfer = new GenericDomainEventMessage<>("PersonalAccount", PERSON, 1, TRANSFER);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(transfer);
        handlers.handle(transfer);
        assertThat(balanceFen()).as("held until the commit").containsExactly(0L, 0L, 0L);

        jdbc.update("UPDATE account_view SET last_sequence = 1 WHERE person_id = ?", PERSON);

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(ConcurrencyFailureException.class);
        assertThat(statementFen()).isEmpty();
    }

    private void deliver(long sequence, Object movement) throws Exception {
        stream.deliver(new GenericDomainEventMessage<>("PersonalAccount", PERSON, sequence, movement,
                MetaData.emptyInstance(), IdentifierFactory.getInstance().generateIdentifier(), RECORDED));
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
