package ledger.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ledger.money.Pot;
import ledger.payment.Payment;
import ledger.projections.AccountStream;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.fund.FundTotals;
import ledger.projections.fund.FundTotals.PotReconciliation;
import ledger.projections.fund.FundTotalsProjection;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The account view, the statement and the fund totals on an in-memory H2 database migrated by the
 * projections' own Flyway scripts, fed each command's new events through the projections' real
 * handlers, and compared with the reference model after every command.
 */
final class ReadModels implements SequenceRun.AfterEachCommand {

    private static final JdbcTemplate JDBC = migratedDatabase();

    private final AccountStream accountViews = new AccountStream(
            new AccountReadModelProjection(JDBC, List.of(new FundTotalsProjection(JDBC))));
    private final FundTotals totals = new FundTotals(JDBC);

    /** Starts from empty read models, as a rebuild does. */
    ReadModels() {
        JDBC.update("DELETE FROM fund_totals");
        JDBC.update("DELETE FROM statement_entry");
        JDBC.update("DELETE FROM funding_order");
        JDBC.update("DELETE FROM account_view");
    }

    @Override
    public void check(Map<String, List<Object>> before, Map<String, List<Object>> after, LedgerModel model)
            throws Exception {
        project(before, after);
        for (ModelAccount account : model.accounts()) {
            assertThat(JDBC.queryForMap("SELECT withdrawable_fen, earmarked_fen FROM account_view "
                    + "WHERE person_id = ?", account.id)).as("account view of " + account.id).isEqualTo(
                    Map.of("WITHDRAWABLE_FEN", account.withdrawableFen, "EARMARKED_FEN", account.earmarkedFen));
            for (Pot pot : Pot.values()) {
                assertThat(JDBC.queryForObject("SELECT COALESCE(SUM(amount_fen), 0) FROM statement_entry "
                        + "WHERE person_id = ? AND pot = ?", Long.class, account.id, pot.name()))
                        .as("statement of " + account.id + ", " + pot).isEqualTo(account.fen(pot));
            }
        }
        Map<String, List<ModelAccount>> byRegion = model.accounts().stream()
                .collect(Collectors.groupingBy(account -> account.region));
        byRegion.forEach((region, accounts) -> {
            for (PotReconciliation pot : totals.reconciliation(region)) {
                long modelFen = accounts.stream().mapToLong(a -> a.fen(Pot.valueOf(pot.pot()))).sum();
                assertThat(pot.movementsFen()).as("fund totals of " + region + ", " + pot.pot()).isEqualTo(modelFen);
                assertThat(pot.reconciles()).as("fund totals of " + region + " reconcile: " + pot).isTrue();
            }
        });
    }

    /** Each stream's new events, with the sequence numbers the event store gave them. */
    private void project(Map<String, List<Object>> before, Map<String, List<Object>> after) throws Exception {
        for (Map.Entry<String, List<Object>> stream : after.entrySet()) {
            List<Object> events = stream.getValue();
            String type = stream.getKey().startsWith(Payment.streamId("")) ? "Payment" : "PersonalAccount";
            for (int sequence = before.getOrDefault(stream.getKey(), List.of()).size(); sequence < events.size();
                 sequence++) {
                GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(type, stream.getKey(),
                        sequence, events.get(sequence));
                accountViews.deliver(message);
            }
        }
    }

    private static JdbcTemplate migratedDatabase() {
        // one connection for the whole run: opening an H2 session per statement would cost most of the time
        DataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:money-properties;DB_CLOSE_DELAY=-1", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
