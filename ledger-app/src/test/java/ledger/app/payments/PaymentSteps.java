package ledger.app.payments;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import ledger.app.accounts.AccountSteps;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;

/**
 * The settlement systems' requests (SETTLEMENT role) and the caseworker's PIN requests, in the words
 * of the API contract, with the reads the payment tests judge them by.
 */
public final class PaymentSteps {

    public static final String PAYMENTS = "/api/v1/payments";

    private final LedgerHttp http;
    private final AccountSteps accounts;

    public PaymentSteps(LedgerHttp http) {
        this.http = http;
        this.accounts = new AccountSteps(http);
    }

    public static String paymentPath(String paymentId) {
        return PAYMENTS + "/" + paymentId;
    }

    public HttpAnswer pay(Object body) {
        return http.as(SETTLEMENT).post(PAYMENTS, body);
    }

    /** Sends the payments at once, one thread each released together, and answers their answers in order. */
    public List<HttpAnswer> payAllAtOnce(List<PaymentToMake> burst) {
        ExecutorService senders = Executors.newFixedThreadPool(burst.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpAnswer>> sent = new ArrayList<>();
            for (PaymentToMake payment : burst) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return pay(payment);
                }));
            }
            start.countDown();
            List<HttpAnswer> answered = new ArrayList<>();
            for (Future<HttpAnswer> answer : sent) {
                answered.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while paying", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a payment of the burst got no answer", e);
        } finally {
            senders.shutdownNow();
        }
    }

    /** A payment that must settle; its answer. */
    public HttpAnswer paid(PaymentToMake payment) {
        return pay(payment).expectJson(201);
    }

    public HttpAnswer refund(String paymentId, String refundId, String amount) {
        return refund(paymentId, JsonBody.of("refundId", refundId, "amount", amount));
    }

    public HttpAnswer refund(String paymentId, Object body) {
        return http.as(SETTLEMENT).post(paymentPath(paymentId) + "/refunds", body);
    }

    public HttpAnswer reimburse(String paymentId, String reimbursementId, String amount) {
        return http.as(SETTLEMENT).post(paymentPath(paymentId) + "/reimbursements",
                JsonBody.of("reimbursementId", reimbursementId, "amount", amount));
    }

    public HttpAnswer payment(String paymentId) {
        return http.as(SETTLEMENT).get(paymentPath(paymentId));
    }

    public HttpAnswer setPin(String personId, Object body) {
        return http.as(CASEWORKER).put(AccountSteps.accountPath(personId) + "/pin", body);
    }

    public HttpAnswer setPin(String personId, String pin) {
        return setPin(personId, JsonBody.of("pin", pin));
    }

    public HttpAnswer setNoPinLimit(String personId, String amount) {
        return http.as(CASEWORKER).put(AccountSteps.accountPath(personId) + "/no-pin-limit",
                JsonBody.of("amount", amount));
    }

    public HttpAnswer unlockPin(String personId) {
        return http.as(CASEWORKER).post(AccountSteps.accountPath(personId) + "/pin-unlock");
    }

    /** Allocations as "account POT amount" lines, in the order answered. */
    public static List<String> allocations(HttpAnswer answer, String path) {
        List<String> lines = new ArrayList<>();
        for (JsonNode allocation : answer.node(path)) {
            lines.add(allocation.path("accountId").asText() + " " + allocation.path("pot").asText() + " "
                    + allocation.path("amount").asText());
        }
        return lines;
    }

    public static List<String> allocations(HttpAnswer answer) {
        return allocations(answer, "allocations");
    }

    /** What each account holds now, as the API reads it. */
    public Balances balances(String... personIds) {
        Map<String, JsonNode> balances = new LinkedHashMap<>();
        for (String personId : personIds) {
            balances.put(personId, accounts.account(personId).expectJson(200).node("balance"));
        }
        return new Balances(balances);
    }

    /** Nothing moved: every account holds what the snapshot held. */
    public void expectUnchanged(Balances before) {
        before.byAccount().forEach((personId, balance) -> assertThat(
                accounts.account(personId).expectJson(200).node("balance"))
                .as("balance of %s, which must not have changed", personId).isEqualTo(balance));
    }

    /** Statement lines as "CODE TYPE amount POT", in the order the statement lists them. */
    public List<String> statementLines(String personId) {
        HttpAnswer statement = accounts.statement(personId, "").expectJson(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : statement.node("entries")) {
            lines.add(entry.path("code").asText() + " " + entry.path("type").asText() + " "
                    + entry.path("amount").asText() + " " + entry.path("pot").asText());
        }
        return lines;
    }

    public record Balances(Map<String, JsonNode> byAccount) {
    }
}
