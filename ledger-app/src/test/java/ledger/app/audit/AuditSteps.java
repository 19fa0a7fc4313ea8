package ledger.app.audit;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;

/**
 * The auditor's requests (domain-rules §9) in the words of the API contract, and the few settlement
 * requests the audit tests need to put payments and refunds into a history.
 */
final class AuditSteps {

    static final String AUDIT = "/api/v1/audit/accounts/";
    static final String PAYMENTS = "/api/v1/payments";
    static final String HOSPITAL = "H11010500001";

    private final LedgerHttp http;

    AuditSteps(LedgerHttp http) {
        this.http = http;
    }

    static String eventsPath(String personId) {
        return AUDIT + personId + "/events";
    }

    static String balancePath(String personId, String query) {
        return AUDIT + personId + "/balance" + query;
    }

    static String verificationPath(String personId) {
        return AUDIT + personId + "/verification";
    }

    HttpAnswer events(String personId) {
        return http.as(AUDITOR).get(eventsPath(personId));
    }

    /** The history, which must be answered; its {@code events} array. */
    JsonNode history(String personId) {
        return events(personId).expectJson(200).node("events");
    }

    /** {@code query} is appended as given, e.g. {@code "?asOf=2024-01-31"}. */
    HttpAnswer balance(String personId, String query) {
        return http.as(AUDITOR).get(balancePath(personId, query));
    }

    HttpAnswer balanceAsOf(String personId, String asOf) {
        return balance(personId, "?asOf=" + asOf);
    }

    HttpAnswer verification(String personId) {
        return http.as(AUDITOR).get(verificationPath(personId));
    }

    /** The balance replayed to {@code asOf}, exactly, with the number of money events it took in. */
    static void expectReplayedBalance(HttpAnswer answer, int eventsApplied, String withdrawable, String earmarked,
                                      String total) {
        answer.expectJson(200).expectFields(
                "eventsApplied", Integer.toString(eventsApplied),
                "balance.withdrawable", withdrawable,
                "balance.earmarked", earmarked,
                "balance.total", total);
    }

    /** The verification of an untouched account: every event checked, the chain and the projection hold. */
    void expectIntact(String personId, int eventsChecked) {
        verification(personId).expectJson(200).expectFields(
                        "personId", personId,
                        "eventsChecked", Integer.toString(eventsChecked),
                        "hashChainIntact", "true",
                        "projectionMatchesReplay", "true")
                .expectNoField("firstBrokenSequence")
                .expectNoField("chainProblem")
                .expectNoField("projectionProblem");
    }

    /** A payment from the payer's own account (or also the family's), paid with the electronic voucher. */
    HttpAnswer pay(String paymentId, String personId, String amount, String occurredAt, boolean useFamilyAccounts) {
        return http.as(SETTLEMENT).post(PAYMENTS, JsonBody.of(
                "paymentId", paymentId,
                "personId", personId,
                "amount", amount,
                "occurredAt", occurredAt,
                "institutionId", HOSPITAL,
                "purpose", "MEDICAL",
                "channel", "E_VOUCHER",
                "useFamilyAccounts", useFamilyAccounts));
    }

    HttpAnswer refund(String paymentId, String refundId, String amount) {
        return http.as(SETTLEMENT).post(PAYMENTS + "/" + paymentId + "/refunds",
                JsonBody.of("refundId", refundId, "amount", amount));
    }

    /** The {@code type} of each event of a history, in order. */
    static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    /** Allocations as "account POT amount" lines, in the order answered. */
    static List<String> allocations(HttpAnswer answer) {
        List<String> lines = new ArrayList<>();
        for (JsonNode allocation : answer.node("allocations")) {
            lines.add(allocation.path("accountId").asText() + " " + allocation.path("pot").asText() + " "
                    + allocation.path("amount").asText());
        }
        return lines;
    }
}
