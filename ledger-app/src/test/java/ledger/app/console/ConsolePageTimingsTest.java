package ledger.app.console;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ledger.account.command.WithdrawCash;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.http.LedgerUser;
import ledger.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How long the console's pages take on an account with 1,000 events (docs/benchmarks.md). Prints the
 * figures and asserts only that every page answered: timings on a shared machine are not assertions.
 */
class ConsolePageTimingsTest extends LedgerApiTest {

    private static final int EVENTS = 1_000;
    private static final int ROUNDS = 20;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ReadModelCatchUp catchUp;

    @Test
    void pagesOfAnAccountWithAThousandEvents() throws Exception {
        String person = new AccountSteps(http).opened(new AccountToOpen(AccountToOpen.newPersonId("timings"),
                "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10", null, "100000.00"));
        for (int i = 2; i < EVENTS; i++) {
            commands.sendAndWait(new WithdrawCash(person, "w-" + i, Money.ofFen(1), LocalDate.of(2023, 1, 1).plusDays(i % 700)));
        }
        catchUp.awaitAccount(person);
        String account = "/console/accounts/{personId}";
        String statement = account + "/statement";
        String audit = "/console/audit/accounts/{personId}";
        time(CASEWORKER, "/console/accounts/" + person, account);
        time(CASEWORKER, "/console/accounts/" + person + "/statement", statement);
        time(CASEWORKER, "/console/accounts/" + person + "/statement?page=19", statement);
        time(CASEWORKER, "/console/accounts/" + person + "/statement?from=2023-06-01&to=2023-06-30", statement);
        time(CASEWORKER, "/console/accounts/" + person + "/statements/2023", account + "/statements/{year}");
        time(AUDITOR, "/console/audit/accounts/" + person, audit);
        time(AUDITOR, "/console/audit/accounts/" + person + "?asOf=2023-12-31&page=9", audit);
    }

    /**
     * The client's round trip on localhost, and the server's own time from Spring's request timer
     * ({@code http.server.requests}, by the page's address template).
     */
    private void time(LedgerUser user, String path, String template) throws Exception {
        HttpClient client = signedIn(user);
        long[] millis = new long[ROUNDS];
        double serverBefore = 0;
        long countBefore = 0;
        long cpuBefore = 0;
        for (int round = -5; round < ROUNDS; round++) {
            if (round == 0) {
                serverBefore = serverMillis(template);
                countBefore = count(template);
                cpuBefore = requestThreadsCpuNanos();
            }
            long start = System.nanoTime();
            HttpResponse<String> page = client.send(get(path), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
            if (round >= 0) {
                millis[round] = took;
            }
        }
        double cpuMillis = (requestThreadsCpuNanos() - cpuBefore) / 1e6 / ROUNDS;
        Arrays.sort(millis);
        double serverMean = (serverMillis(template) - serverBefore) / Math.max(1, count(template) - countBefore);
        System.out.printf("console page %-60s request thread processor %5.1f ms; server mean %5.1f ms; round trip median %4d ms, "
                + "max %4d ms (%d rounds)%n", path.replaceAll("timings-[0-9a-f-]+", "{id}"), cpuMillis, serverMean,
                millis[ROUNDS / 2], millis[ROUNDS - 1], ROUNDS);
    }

    /**
     * The processor time of the server's request threads (Tomcat's {@code …-exec-N}): on a machine shared
     * by other jobs, wall-clock times grow with the load, a thread's processor time much less.
     */
    private static long requestThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().contains("-exec-"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
    }

    private double serverMillis(String template) {
        Timer timer = meters.find("http.server.requests").tag("uri", template).timer();
        return timer == null ? 0 : timer.totalTime(TimeUnit.MILLISECONDS);
    }

    private long count(String template) {
        Timer timer = meters.find("http.server.requests").tag("uri", template).timer();
        return timer == null ? 0 : timer.count();
    }

    private HttpClient signedIn(LedgerUser user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(client.send(get("/signin"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=" + user.userName() + "&password=" + user.password() + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(uri("/signin")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
