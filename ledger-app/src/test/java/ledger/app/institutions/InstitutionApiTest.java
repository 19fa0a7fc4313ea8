package ledger.app.institutions;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static ledger.app.institutions.InstitutionSteps.INSTITUTIONS;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry of designated institutions (定点医药机构) that card-PIN exemptions are decided against. */
class InstitutionApiTest extends LedgerApiTest {

    private InstitutionSteps institutions;
    private String institutionId;

    @BeforeEach
    void setUp() {
        institutions = new InstitutionSteps(http);
        institutionId = AccountToOpen.newPersonId("H");
    }

    @Test
    void anOperatorRegistersADesignatedHospital() {
        institutions.put(institutionId, JsonBody.of("name", "北京协和医院", "region", "BEIJING", "kind", "HOSPITAL"))
                .expectJson(200).expectFields("institutionId", institutionId, "name", "北京协和医院",
                        "region", "BEIJING", "kind", "HOSPITAL");

        http.as(AUDITOR).get(INSTITUTIONS + institutionId).expectJson(200).expectFields("kind", "HOSPITAL");
    }

    @Test
    void registeringAgainReplacesWhatWasRegistered() {
        institutions.registered(institutionId, "BEIJING", "HOSPITAL");

        institutions.put(institutionId, JsonBody.of("name", "金象大药房", "region", "BEIJING", "kind", "PHARMACY"))
                .expectJson(200);

        institutions.get(institutionId).expectJson(200).expectFields("name", "金象大药房", "kind", "PHARMACY");
    }

    @Test
    void anUnregisteredInstitutionIsNotFound() {
        institutions.get(institutionId).expectProblem(404, "unknown-institution", institutionId);
    }

    @Test
    void refusesAnUnknownKind() {
        institutions.put(institutionId, JsonBody.of("name", "健身房", "region", "BEIJING", "kind", "GYM"))
                .expectProblem(400, "malformed-request", "kind");
        institutions.get(institutionId).expectProblem(404, "unknown-institution");
    }

    @Test
    void refusesAnUnknownRegion() {
        institutions.put(institutionId, JsonBody.of("name", "x", "region", "ATLANTIS", "kind", "HOSPITAL"))
                .expectProblem(400, "unknown-region", "ATLANTIS");
        institutions.get(institutionId).expectProblem(404, "unknown-institution");
    }

    @Test
    void refusesAMissingNameAndABadId() {
        institutions.put(institutionId, JsonBody.of("region", "BEIJING", "kind", "HOSPITAL"))
                .expectProblem(400, "invalid-request", "name");
        institutions.put("a:b", JsonBody.of("name", "x", "region", "BEIJING", "kind", "HOSPITAL"))
                .expectProblem(400, "invalid-id");
    }

    @Test
    void onlyOperatorsRegister() {
        Object body = JsonBody.of("name", "x", "region", "BEIJING", "kind", "HOSPITAL");

        http.as(CASEWORKER).put(INSTITUTIONS + institutionId, body).expectStatus(403);
        http.as(SETTLEMENT).put(INSTITUTIONS + institutionId, body).expectStatus(403);

        institutions.get(institutionId).expectProblem(404, "unknown-institution");
    }
}
