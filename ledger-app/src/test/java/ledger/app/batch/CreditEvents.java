package ledger.app.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ledger.app.eventstore.EventTable;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.http.LedgerHttp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The MonthlyCreditPosted rows of Axon's event table, read straight with SQL (payload and metadata as
 * stored), so that what a batch wrote is judged independently of the application that wrote it.
 */
final class CreditEvents {

    /** The type name credits are stored under (ADR 22): the class has moved since, the stored name has not. */
    static final String TYPE = "ledger.account.MonthlyCreditPosted";

    /** A bound on what one test reads back. */
    private static final int MAX_ROWS = 50_000;

    private CreditEvents() {
    }

    /** One stored credit. */
    record Credit(long globalIndex, String personId, long sequence, String period, BigDecimal amount, String pot,
                  String actor, JsonNode payload) {

        /** Whether the batch with this id wrote it (the actor is {@code "<user> (batch <id>)"}). */
        boolean writtenBy(long batchId) {
            return actor != null && actor.endsWith("(batch " + batchId + ")");
        }

        BigDecimal balanceAfter(String pot) {
            return new BigDecimal(payload.path("balanceAfter").path(pot.toLowerCase()).asText());
        }
    }

    /**
     * The embedded H2 file database of a data directory, the way an auditor with database access opens it:
     * with the password the ledger generated into the directory, while no ledger process has it open.
     */
    static JdbcTemplate h2(Path dataDir) {
        try {
            String password = Files.readString(dataDir.resolve("database-password")).strip();
            return new JdbcTemplate(new DriverManagerDataSource(
                    "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger"), "ledger", password));
        } catch (IOException e) {
            throw new UncheckedIOException("no database password in " + dataDir, e);
        }
    }

    /** The global index of the last stored event; later events have larger ones. */
    static long lastGlobalIndex(JdbcTemplate jdbc) {
        Long last = jdbc.queryForObject("SELECT MAX(global_index) FROM " + EventTable.NAME, Long.class);
        return last == null ? 0 : last;
    }

    /** How many events of any kind were stored after the mark. */
    static long eventsAfter(JdbcTemplate jdbc, long mark) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + EventTable.NAME + " WHERE global_index > ?",
                Long.class, mark);
        return count == null ? 0 : count;
    }

    /** Every monthly credit stored after the mark, in order. */
    static List<Credit> after(JdbcTemplate jdbc, long mark) {
        return jdbc.query("""
                SELECT global_index, aggregate_identifier, sequence_number, payload, meta_data
                FROM %s WHERE global_index > ? AND payload_type = ?
                ORDER BY global_index FETCH FIRST %d ROWS ONLY""".formatted(EventTable.NAME, MAX_ROWS),
                (row, n) -> credit(row.getLong(1), row.getString(2), row.getLong(3), row.getBytes(4),
                        row.getBytes(5)), mark, TYPE);
    }

    /** The credits one batch wrote (all its executions: a restart keeps the batch, changes the id). */
    static List<Credit> writtenBy(List<Credit> credits, long... batchIds) {
        return credits.stream().filter(credit -> {
            for (long id : batchIds) {
                if (credit.writtenBy(id)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    /** The sum of the amounts per pot, {@code WITHDRAWABLE} and {@code EARMARKED} always present. */
    static Map<String, BigDecimal> totalsPerPot(List<Credit> credits) {
        Map<String, BigDecimal> totals = new java.util.TreeMap<>(Map.of("WITHDRAWABLE", new BigDecimal("0.00"),
                "EARMARKED", new BigDecimal("0.00")));
        credits.forEach(credit -> totals.merge(credit.pot(), credit.amount(), BigDecimal::add));
        return totals;
    }

    static Map<String, List<Credit>> byPerson(List<Credit> credits) {
        return credits.stream().collect(Collectors.groupingBy(Credit::personId));
    }

    static <K> Map<K, Long> count(List<Credit> credits, Function<Credit, K> key) {
        return credits.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Credit credit(long globalIndex, String aggregateId, long sequence, byte[] payload, byte[] metaData) {
        JsonNode json = tree(payload);
        JsonNode meta = tree(metaData);
        return new Credit(globalIndex, aggregateId, sequence, period(json.path("period")),
                new BigDecimal(json.path("amount").asText()), json.path("pot").asText(),
                meta.path(MetaDataKeys.ACTOR).asText(null), json);
    }

    /** {@code "2024-05"}, or {@code [2024,5]} should a serializer write dates as arrays. */
    private static String period(JsonNode node) {
        if (node.isArray() && node.size() == 2) {
            return String.format("%04d-%02d", node.get(0).asInt(), node.get(1).asInt());
        }
        return node.asText();
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? LedgerHttp.json().nullNode() : LedgerHttp.json().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event is not JSON", e);
        }
    }
}
