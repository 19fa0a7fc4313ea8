package ledger.projections.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.TransferredIn;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.projections.AccountStream;
import ledger.projections.ReadModelDatabase;
import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fund totals over the read-model tables of a fresh in-memory database, handed each movement by the
 * account view as Axon delivers it: an event delivered twice (a redelivery after a crash, a retried dead
 * letter, a batch replayed after its transaction failed) is counted once.
 */
class FundTotalsProjectionTest {

    private static final String PERSON = "110101198001010011";
    private static final String OTHER = "110101198001010038";

    private JdbcTemplate jdbc;
    private FundTotalsProjection projection;
    private AccountStream accounts;
    private FundTotals totals;

    @BeforeEach
    void anOpenAccountInBeijing() {
        jdbc = ReadModelDatabase.fresh("fund-totals");
        projection = new FundTotalsProjection(jdbc);
        accounts = new AccountStream(new AccountReadModelProjection(jdbc, List.of(projection)));
        totals = new FundTotals(jdbc);
        ReadModelDatabase.openBeijingEmployee(jdbc, PERSON, "2020-01-01");
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() throws Exception {
        TransferredIn transfer = new TransferredIn(PERSON, "t-1", "SHANGHAI", Money.parse("500.00"),
                LocalDate.of(2024, 3, 1), new Balances(Money.ZERO, Money.parse("500.00")));

        accounts.deliver(PERSON, 1, transfer);
        accounts.deliver(PERSON, 1, transfer);

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", 50_000, 1));
    }

    @Test
    void aRedeliveredEarlierEventIsNotCountedAgainAfterALaterOne() throws Exception {
        TransferredIn transfer = new TransferredIn(PERSON, "t-1", "SHANGHAI", Money.parse("500.00"),
                LocalDate.of(2024, 3, 1), new Balances(Money.ZERO, Money.parse("500.00")));
        CashWithdrawn withdrawal = new CashWithdrawn(PERSON, "w-1", Money.parse("120.00"), LocalDate.of(2024, 3, 9),
                new Balances(Money.ZERO, Money.parse("500.00")));

        accounts.deliver(PERSON, 1, transfer);
        accounts.deliver(PERSON, 2, withdrawal);
        accounts.deliver(PERSON, 1, transfer);
        accounts.deliver(PERSON, 2, withdrawal);

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", 50_000, 1),
                new FundTotals.Line("2024-03", "WITHDRAWABLE", "CASH_WITHDRAWAL", -12_000, 1));
    }

    @Test
    void aBatchWritesEachRowOnceWhenItCommits() {
        ReadModelDatabase.openBeijingEmployee(jdbc, OTHER, "2020-01-01");
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        projection.add(transferOf(PERSON, "t-1", "500.00"), "BEIJING");
        projection.add(transferOf(OTHER, "t-2", "20.00"), "BEIJING");
        assertThat(totals.lines("BEIJING")).as("nothing written before the commit").isEmpty();
        batch.commit();

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", 52_000, 2));
    }

    @Test
    void aBatchRolledBackAddsNothing() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        projection.add(transferOf(PERSON, "t-1", "500.00"), "BEIJING");
        batch.rollback();

        assertThat(totals.lines("BEIJING")).isEmpty();
    }

    @Test
    void aMovementWhoseSumWouldOverflowAddsNoneOfItsPots() {
        FundTotalsOfBatch.Row earmarked = new FundTotalsOfBatch.Row("BEIJING", "2024-03", "EARMARKED", "TRANSFER_IN");
        FundTotalsOfBatch.Row withdrawable = new FundTotalsOfBatch.Row("BEIJING", "2024-03", "WITHDRAWABLE",
                "TRANSFER_IN");
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        FundTotalsOfBatch.add(jdbc, List.of(new FundTotalsOfBatch.Amount(earmarked, Long.MAX_VALUE)));

        assertThatThrownBy(() -> FundTotalsOfBatch.add(jdbc, List.of(
                new FundTotalsOfBatch.Amount(withdrawable, 500), new FundTotalsOfBatch.Amount(earmarked, 1))))
                .isInstanceOf(ArithmeticException.class);
        batch.commit();

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", Long.MAX_VALUE, 1));
    }

    private static TransferredIn transferOf(String person, String transferId, String amount) {
        return new TransferredIn(person, transferId, "SHANGHAI", Money.parse(amount), LocalDate.of(2024, 3, 1),
                new Balances(Money.ZERO, Money.parse(amount)));
    }
}
