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
import ledger.app.eventstore.HashChain;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.eventstore.RawEvents;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a generated region straight into the event store with plain JDBC batches, each event
 * serialized and hash-chained exactly as the ledger would store it. Its rate is the plain-JDBC
 * append ceiling of the machine; the ledger then reads, projects and credits these accounts as its own.
 */
final class LedgerGenerator {

    static final int BATCH = 1_000;
    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

    private final RawEvents rawEvents;
    private final Serializer serializer;

    private final TransactionTemplate transactions;

    LedgerGenerator(RawEvents rawEvents, TransactionTemplate transactions, Serializer serializer) {
        this.rawEvents = rawEvents;
        this.transactions = transactions;
        this.serializer = serializer;
    }

    static String personId(String prefix, int index) {
        return prefix + String.format("%08d", index);
    }

    /** Opens {@code accounts} employees, each with {@code monthsOfHistory} monthly credits before {@code from}. */
    long generate(String prefix, String region, int accounts, int monthsOfHistory, YearMonth from) {
        List<RawEvents.NewRow> rows = new ArrayList<>(BATCH);
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

    private String row(List<RawEvents.NewRow> rows, String person, long sequence, Object event, String previous) {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        String timestamp = DateTimeUtils.formatInstant(Instant.now());
        String hash = HashChain.hash(previous, new HashChain.StoredEvent(person, sequence, "PersonalAccount",
                timestamp, payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                "benchmark"));
        MetaData metaData = MetaData.from(Map.of(MetaDataKeys.ACTOR, "benchmark", MetaDataKeys.PREVIOUS_HASH, previous,
                MetaDataKeys.HASH, hash));
        rows.add(new RawEvents.NewRow(person, sequence, "PersonalAccount",
                IdentifierFactory.getInstance().generateIdentifier(), serializer.serialize(metaData, byte[].class).getData(),
                payload.getData(), payload.getType().getRevision(), payload.getType().getName(), timestamp));
        return hash;
    }

    private void flush(List<RawEvents.NewRow> rows) {
        if (!rows.isEmpty()) {
            transactions.executeWithoutResult(status -> rawEvents.append(rows));
            rows.clear();
        }
    }
}
