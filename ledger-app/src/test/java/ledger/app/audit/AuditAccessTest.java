package ledger.app.audit;

import static ledger.app.audit.AuditSteps.balancePath;
import static ledger.app.audit.AuditSteps.eventsPath;
import static ledger.app.audit.AuditSteps.verificationPath;
import static ledger.app.audit.ProjectionStatus.PROJECTIONS;
import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may audit (API contract: Audit is AUDITOR's, and OPERATOR's; Operations are OPERATOR's), and
 * how the audit endpoints refuse what they cannot answer. No request here starts a rebuild.
 */
class AuditAccessTest extends LedgerApiTest {

    private AccountSteps accounts;
    private AuditSteps audit;
    private String person;
    private List<String> auditPaths;

    @BeforeEach
    void anAccountWithACredit() {
        accounts = new AccountSteps(http);
        audit = new AuditSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        accounts.credited(person, "2024-03", "12345.67", "2024-03-05");
        auditPaths = List.of(eventsPath(person), balancePath(person, "?asOf=2024-12-31"), verificationPath(person));
    }

    @Test
    void auditorsAndOperatorsReachTheAuditEndpoints() {
        for (LedgerUser user : List.of(AUDITOR, OPERATOR)) {
            http.as(user).get(eventsPath(person)).expectJson(200);
            AuditSteps.expectReplayedBalance(http.as(user).get(balancePath(person, "?asOf=2024-12-31")),
                    1, "0.00", "246.91", "246.91");
            http.as(user).get(verificationPath(person)).expectJson(200).expectFields(
                    "hashChainIntact", "true", "projectionMatchesReplay", "true");
        }
    }

    @Test
    void caseworkersAndSettlementSystemsMayNotAudit() {
        for (LedgerUser user : List.of(CASEWORKER, SETTLEMENT)) {
            for (String path : auditPaths) {
                http.as(user).get(path).expectProblem(403, "role-not-allowed", "/api/v1/audit/accounts/" + person);
            }
        }
    }

    @Test
    void withoutCredentialsTheAuditEndpointsAnswerUnauthorized() {
        for (String path : auditPaths) {
            HttpAnswer refused = http.anonymous().get(path);

            refused.expectProblem(401, "authentication-required", "credentials");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
        }
        http.as("auditor", "not-the-password").get(eventsPath(person)).expectProblem(401, "authentication-required", "credentials");
    }

    @Test
    void theAuditEndpointsOnlyRead() {
        HttpAnswer refused = http.as(AUDITOR).post(eventsPath(person), "{}");

        assertThat(refused.status()).as("status of %s", refused).isIn(403, 405);
        http.as(AUDITOR).post(AccountSteps.accountPath(person) + "/credits", "{\"period\":\"2024-04\","
                + "\"contributionBase\":\"12345.67\",\"creditedOn\":\"2024-04-05\"}").expectProblem(403, "role-not-allowed", "/credits");
        audit.expectIntact(person, 2);
        accounts.expectBalance(person, "0.00", "246.91", "246.91");
    }

    @Test
    void onlyOperatorsReachTheProjections() {
        http.as(OPERATOR).get(PROJECTIONS).expectJson(200);
        for (LedgerUser user : List.of(AUDITOR, CASEWORKER, SETTLEMENT)) {
            http.as(user).get(PROJECTIONS).expectProblem(403, "role-not-allowed", PROJECTIONS);
            http.as(user).post(PROJECTIONS + "/rebuild").expectProblem(403, "role-not-allowed", PROJECTIONS + "/rebuild");
        }
        http.anonymous().get(PROJECTIONS).expectProblem(401, "authentication-required", "credentials");
        http.anonymous().post(PROJECTIONS + "/rebuild").expectProblem(401, "authentication-required", "credentials");
    }

    @Test
    void anUnknownPersonHasNoHistoryNoBalanceAndNoVerification() {
        String nobody = AccountToOpen.newPersonId("nobody");

        audit.events(nobody).expectProblem(404, "unknown-account", nobody);
        audit.balanceAsOf(nobody, "2024-12-31").expectProblem(404, "unknown-account", nobody);
        audit.verification(nobody).expectProblem(404, "unknown-account", nobody);
    }

    @Test
    void aBalanceNeedsAValidAsOfDate() {
        audit.balance(person, "").expectProblem(400, "missing-parameter", "asOf");
        audit.balance(person, "?recordedBefore=2024-01-01T00:00:00Z").expectProblem(400, "missing-parameter", "asOf");
        audit.balance(person, "?asOf=2024-13-01").expectProblem(400, "invalid-parameter", "asOf");
        audit.balance(person, "?asOf=yesterday").expectProblem(400, "invalid-parameter", "asOf");
        audit.balance(person, "?asOf=2024-03").expectProblem(400, "invalid-parameter", "asOf");
        audit.balance(person, "?asOf=2024-12-31&recordedBefore=last-week").expectProblem(400, "invalid-parameter", "recordedBefore");
    }
}
