package ledger.app.batch;

import static ledger.app.http.LedgerUser.AUDITOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import ledger.app.http.LedgerHttp;

/** An account's history as an auditor reads it: {@code GET /api/v1/audit/accounts/{personId}/events}. */
final class AuditedHistory {

    private AuditedHistory() {
    }

    static List<JsonNode> events(LedgerHttp http, String personId) {
        List<JsonNode> events = new ArrayList<>();
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + personId + "/events").expectJson(200)
                .node("events").forEach(events::add);
        return events;
    }

    /** The MonthlyCreditPosted events of one period. */
    static List<JsonNode> credits(LedgerHttp http, String personId, String period) {
        return events(http, personId).stream()
                .filter(event -> "MonthlyCreditPosted".equals(event.path("type").asText()))
                .filter(event -> period.equals(event.path("payload").path("period").asText()))
                .toList();
    }

    /** Whether the hash chain holds and the balance projection equals the replay. */
    static JsonNode verification(LedgerHttp http, String personId) {
        return http.as(AUDITOR).get("/api/v1/audit/accounts/" + personId + "/verification").expectJson(200).json();
    }
}
