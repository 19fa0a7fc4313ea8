package ledger.app.web;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;

/** Every answer that no controller decides is still a ledger problem: no about:blank, no class names. */
class ErrorAnswersApiTest extends LedgerApiTest {

    @Test
    void anUnforeseenFailureAnswersInternalErrorWithoutItsCause() {
        HttpAnswer answer = http.as(CASEWORKER).get(BrokenEndpoint.PATH)
                .expectProblem(500, "internal-error", "nothing was applied");

        assertThat(answer.body()).doesNotContain("IllegalStateException", BrokenEndpoint.SECRET, "ledger.app");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() {
        http.anonymous().get("/error").expectProblem(404, "not-found", "/error");
    }

    @Test
    void aMethodAnEndpointDoesNotTakeIsMethodNotAllowed() {
        http.as(CASEWORKER).delete("/api/v1/accounts").expectProblem(405, "method-not-allowed", "DELETE");
    }

    /** Refused by Spring Security's firewall before any controller: still a problem, never an empty 400. */
    @Test
    void aMethodTheLedgerTakesNowhereIsMethodNotAllowed() {
        for (String method : new String[] {"TRACE", "FOO"}) {
            HttpAnswer answer = http.as(CASEWORKER).send(method, "/api/v1/accounts", BodyPublishers.noBody(), null,
                    LedgerHttp.ANSWERS).expectProblem(405, "method-not-allowed", method);

            assertThat(answer.header("Allow")).contains("GET", "POST").doesNotContain(method);
        }
    }

    @Test
    void aPathTheFirewallRefusesIsAnInvalidRequest() {
        http.as(CASEWORKER).get("/api/v1/accounts/p1;x=1").expectProblem(400, "invalid-request", "/api/v1/accounts/p1");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        http.as(CASEWORKER).send("POST", "/api/v1/accounts", BodyPublishers.ofString("personId=p1"),
                "application/x-www-form-urlencoded", LedgerHttp.ANSWERS)
                .expectProblem(415, "unsupported-media-type", "application/x-www-form-urlencoded");
    }

    @Test
    void anAnswerOfATypeTheLedgerDoesNotWriteIsNotAcceptable() {
        String person = new AccountSteps(http).opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20",
                "2022-01-10"));

        http.as(AUDITOR).send("GET", AccountSteps.accountPath(person), BodyPublishers.noBody(), null, "text/csv")
                .expectProblem(406, "not-acceptable");
    }
}
