package ledger.projections.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.TransferredIn;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.projections.ReadModelDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fund totals' handler called directly, as Axon calls it, over the read-model tables of a fresh
 * in-memory database: an event delivered twice (a redelivery after a crash, a retried dead letter, a
 * batch replayed after its transaction failed) is counted once.
 */
class FundTotalsProjectionTest {

    private static final String PERSON = "110101198001010011";
    private static final String OTHER = "110101198001010038";

    private JdbcTemplate jdbc;
    private FundTotalsProjection projection;
    private FundTotals totals;

    @BeforeEach
    void anOpenAccountInBeijing() {
        jdbc = ReadModelDatabase.fresh("fund-totals");
        projection = new FundTotalsProjection(jdbc);
        totals = new FundTotals(jdbc);
        ReadModelDatabase.openBeijingEmployee(jdbc, PERSON, "2020-01-01");
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() {
        TransferredIn transfer = new TransferredIn(PERSON, "t-1", "SHANGHAI", Money.parse("500.00"),
                LocalDate.of(2024, 3, 1), new Balances(Money.ZERO, Money.parse("500.00")));

        projection.on(transfer, 1);
        projection.on(transfer, 1);

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", 50_000, 1));
    }

    @Test
    void aRedeliveredEarlierEventIsNotCountedAgainAfterALaterOne() {
        TransferredIn transfer = new TransferredIn(PERSON, "t-1", "SHANGHAI", Money.parse("500.00"),
                LocalDate.of(2024, 3, 1), new Balances(Money.ZERO, Money.parse("500.00")));
        CashWithdrawn withdrawal = new CashWithdrawn(PERSON, "w-1", Money.parse("120.00"), LocalDate.of(2024, 3, 9),
                new Balances(Money.ZERO, Money.parse("500.00")));

        projection.on(transfer, 1);
        projection.on(withdrawal, 2);
        projection.on(transfer, 1);
        projection.on(withdrawal, 2);

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", 50_000, 1),
                new FundTotals.Line("2024-03", "WITHDRAWABLE", "CASH_WITHDRAWAL", -12_000, 1));
    }

    @Test
    void aBatchWritesEachRowOnceWhenItCommits() {
        ReadModelDatabase.openBeijingEmployee(jdbc, OTHER, "2020-01-01");
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        projection.on(transferOf(PERSON, "t-1", "500.00"), 1);
        projection.on(transferOf(OTHER, "t-2", "20.00"), 1);
        assertThat(totals.lines("BEIJING")).as("nothing written before the commit").isEmpty();
        batch.commit();

        assertThat(totals.lines("BEIJING")).containsExactly(
                new FundTotals.Line("2024-03", "EARMARKED", "TRANSFER_IN", 52_000, 2));
    }

    @Test
    void aBatchRolledBackAddsNothing() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        projection.on(transferOf(PERSON, "t-1", "500.00"), 1);
        batch.rollback();

        assertThat(totals.lines("BEIJING")).isEmpty();
    }

    private static TransferredIn transferOf(String person, String transferId, String amount) {
        return new TransferredIn(person, transferId, "SHANGHAI", Money.parse(amount), LocalDate.of(2024, 3, 1),
                new Balances(Money.ZERO, Money.parse(amount)));
    }
}
