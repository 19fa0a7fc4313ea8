package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.LedgerHttp;

/**
 * The Wuhan employees of the process-level batch tests: person {@code i} earns a contribution base of
 * 3000.25 + i yuan, so that two percent of each ends in half a fen, rounded half up.
 */
final class WuhanEmployees {

    static final String REGION = "WUHAN";

    private WuhanEmployees() {
    }

    /** The person ids {@code <label>-0000}, {@code <label>-0001}, ... */
    static List<String> named(String label, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("%s-%04d", label, i)).toList();
    }

    static BigDecimal base(int i) {
        return new BigDecimal(3000 + i).add(new BigDecimal("0.25"));
    }

    /** The monthly credit of person {@code i}: two percent of the base. */
    static BigDecimal credit(int i) {
        return base(i).multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP);
    }

    /** A roster with one line per person, in order, collected on the 20th of the period. */
    static Roster roster(List<String> persons, String period) {
        Roster roster = new Roster();
        for (int i = 0; i < persons.size(); i++) {
            roster.line(persons.get(i), period, base(i).toPlainString(), period + "-20");
        }
        return roster;
    }

    /** Opens their accounts over HTTP, four requests at a time. */
    static void open(LedgerHttp http, List<String> persons) throws Exception {
        AccountSteps accounts = new AccountSteps(http);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> openings = persons.stream().<Callable<String>>map(person -> () -> accounts.opened(
                    new AccountToOpen(person, REGION, "EMPLOYEE", "1980-01-01", "2020-01-01", null, null))).toList();
            List<Future<String>> opened = threads.invokeAll(openings, 150, TimeUnit.SECONDS);
            for (Future<String> future : opened) {
                assertThat(future.isCancelled()).as("an account opening took part in a 150 s timeout").isFalse();
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
