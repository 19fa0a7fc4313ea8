package ledger.app.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ledger.account.event.AccountOpened;
import ledger.account.event.MonthlyCreditPosted;
import ledger.app.audit.HashChain;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a generated region straight into the event store with plain JDBC batches, each event
 * serialized and hash-chained exactly as the ledger would store it. Its rate is the plain-JDBC
 * append ceiling of the machine; the ledger then reads, projects and credits these accounts as its own.
 */
final class LedgerGenerator {

    static final int BATCH = 1_000;
    private static final String INSERT = "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, "
            + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    private final TransactionTemplate transactions;

    LedgerGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, Serializer serializer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = serializer;
    }

    static String personId(String prefix, int index) {
        return prefix + String.format("%08d", index);
    }

    /** Opens {@code accounts} employees, each with {@code monthsOfHistory} monthly credits before {@code from}. */
    long generate(String prefix, String region, int accounts, int monthsOfHistory, YearMonth from) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        long written = 0;
        for (int i = 0; i < accounts; i++) {
            String person = personId(prefix, i);
            String previous = HashChain.GENESIS;
            previous = row(rows, person, 0, new AccountOpened(person, region, Category.EMPLOYEE,
                    LocalDate.of(1980, 1, 1).plusDays(i % 9000), OPENED, null), previous);
            Balances balance = Balances.EMPTY;
            for (int m = 0; m < monthsOfHistory; m++) {
                YearMonth period = from.minusMonths(monthsOfHistory - m);
                balance = balance.plus(Pot.EARMARKED, Money.ofFen(20_000));
                previous = row(rows, person, m + 1, credit(person, period, balance), previous);
            }
            written += 1 + monthsOfHistory;
            if (rows.size() >= BATCH) {
                flush(rows);
            }
        }
        flush(rows);
        return written;
    }

    void writeRoster(Path roster, String prefix, int accounts, YearMonth period) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(roster)) {
            out.write("personId,period,contributionBase,collectedOn\n");
            for (int i = 0; i < accounts; i++) {
                out.write(personId(prefix, i) + "," + period + ",10000.00," + period.atDay(2) + "\n");
            }
        }
    }

    private static MonthlyCreditPosted credit(String person, YearMonth period, Balances after) {
        CreditBasis basis = new CreditBasis("BEIJING-ACTIVE-2PCT", "generated", Category.EMPLOYEE,
                CreditMethod.PERCENT_OF_CONTRIBUTION_BASE, Money.parse("10000.00"), new java.math.BigDecimal("0.02"),
                null, null, LocalDate.of(2022, 9, 1));
        return new MonthlyCreditPosted(person, period, Money.ofFen(20_000), Pot.EARMARKED, period.atDay(5), false,
                basis, after);
    }

    private String row(List<Object[]> rows, String person, long sequence, Object event, String previous) {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        String timestamp = DateTimeUtils.formatInstant(Instant.now());
        String hash = HashChain.hash(previous, new HashChain.StoredEvent(person, sequence, "PersonalAccount",
                timestamp, payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                "benchmark"));
        MetaData metaData = MetaData.from(Map.of("actor", "benchmark", HashChain.PREVIOUS_HASH, previous,
                HashChain.HASH, hash));
        rows.add(new Object[]{person, sequence, "PersonalAccount", IdentifierFactory.getInstance().generateIdentifier(),
                serializer.serialize(metaData, byte[].class).getData(), payload.getData(),
                payload.getType().getRevision(), payload.getType().getName(), timestamp});
        return hash;
    }

    private void flush(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
            rows.clear();
        }
    }
}
