package ledger.app.institutions;

import static ledger.app.http.LedgerUser.OPERATOR;

import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;

/** The operator's registry of designated institutions (定点医药机构) in the words of the API contract. */
public final class InstitutionSteps {

    public static final String INSTITUTIONS = "/api/v1/institutions/";

    private final LedgerHttp http;

    public InstitutionSteps(LedgerHttp http) {
        this.http = http;
    }

    /** Registers the institution; must succeed. */
    public void registered(String institutionId, String region, String kind) {
        put(institutionId, JsonBody.of("name", "定点 " + institutionId, "region", region, "kind", kind))
                .expectJson(200);
    }

    public HttpAnswer put(String institutionId, Object body) {
        return http.as(OPERATOR).put(INSTITUTIONS + institutionId, body);
    }

    public HttpAnswer get(String institutionId) {
        return http.as(OPERATOR).get(INSTITUTIONS + institutionId);
    }
}
