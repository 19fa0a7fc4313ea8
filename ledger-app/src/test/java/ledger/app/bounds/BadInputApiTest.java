package ledger.app.bounds;

import static ledger.app.accounts.AccountSteps.ACCOUNTS;
import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Amounts, sums, ids, regions and bodies a careless or hostile client might send: each is refused
 * with its problem type (docs/api.md#limits), changes nothing, and the account keeps working.
 */
class BadInputApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String person;

    /** Opened 2022-01-10 with 500.00 withdrawable from the old system. */
    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
    }

    @Test
    void refusesAnAmountAboveTheLargestOne() {
        accounts.transferIn(person, "t-1", "SHANGHAI", "999999999999999.99")
                .expectProblem(400, "amount-too-large", "9999999.99");
        accounts.transferIn(person, "t-2", "SHANGHAI", "999999999999999.99")
                .expectProblem(400, "amount-too-large");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
        accounts.credit(person, "2024-03", "12345.67", "2024-03-05").expectJson(201);
    }

    @Test
    void refusesATransferThatWouldTakeTheBalanceBeyondItsMaximum() {
        accounts.transferIn(person, "t-1", "SHANGHAI", "6000000.00").expectJson(201);

        accounts.transferIn(person, "t-2", "SHANGHAI", "6000000.00")
                .expectProblem(422, "balance-limit", "9999999.99");

        accounts.expectBalance(person, "500.00", "6000000.00", "6000500.00");
        accounts.withdraw(person, "w-1", "100.00", "2024-03-01").expectJson(201);
        accounts.expectBalance(person, "400.00", "6000000.00", "6000400.00");
    }

    /** Payments are streams named payment:<id>: an account of that name would block payment P1 for ever. */
    @Test
    void refusesAnAccountIdOfThePaymentStreamsForm() {
        AccountToOpen squatter = new AccountToOpen("payment:" + AccountToOpen.newPersonId("p"), "BEIJING",
                "EMPLOYEE", "1980-05-20", "2022-01-10", null, null);

        accounts.open(squatter).expectProblem(400, "invalid-id", "personId", "is not an id");

        String paymentId = squatter.personId().substring("payment:".length());
        new PaymentSteps(http).pay(PaymentToMake.of(person, "10.00").withPaymentId(paymentId)).expectJson(201);
    }

    @Test
    void refusesIdsThatCouldNotBeAddressedOrPrinted() {
        for (String id : new String[] {"nul\u0000", "cr\r\nlf"}) {
            AccountToOpen odd = new AccountToOpen(id, "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10", null, null);
            accounts.open(odd).expectProblem(400, "malformed-request", "personId", "control characters");
        }
        for (String id : new String[] {"a/b", " padded", "padded ", "", "x".repeat(65)}) {
            AccountToOpen odd = new AccountToOpen(id, "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10", null, null);
            if (id.isBlank()) {
                accounts.open(odd).expectProblem(400, "person-id-required", "personId");
            } else {
                accounts.open(odd).expectProblem(400, "invalid-id", "personId");
            }
        }
        accounts.withdraw(person, "w/1", "10.00", "2024-03-01").expectProblem(400, "invalid-request", "withdrawalId");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesAPathIdOfAnotherForm() {
        accounts.credit("payment:P1", "2024-03", "12345.67", "2024-03-05")
                .expectProblem(400, "invalid-id", "payment:P1");
    }

    @Test
    void refusesAPersonIdLeftOut() {
        accounts.open(JsonBody.of("region", "BEIJING", "category", "EMPLOYEE", "birthDate", "1980-05-20",
                "openedOn", "2022-01-10")).expectProblem(400, "person-id-required", "personId");
    }

    @Test
    void refusesATransferFromARegionOfAnotherForm() {
        accounts.transferIn(person, "t-1", "atlantis; drop table", "10.00")
                .expectProblem(400, "invalid-region-code", "fromRegion", "GUANGZHOU");
        accounts.transferIn(person, "t-1", "GUANGZHOU", "10.00").expectJson(201);
        accounts.transferIn(person, "t-2", "440100", "10.00").expectJson(201);
    }

    @Test
    void refusesAnUnknownEnumValueNamingTheAllowedOnes() {
        accounts.open(AccountToOpen.of("BEIJING", "PENSIONER", "1980-05-20", "2022-01-10"))
                .expectProblem(400, "malformed-request", "category", "PENSIONER", "EMPLOYEE", "FLEXIBLE_RETIREE");
    }

    /** Read last-wins, the second amount would have been debited: the body is refused instead. */
    @Test
    void refusesAKeyGivenTwice() {
        accounts.withdraw(person, "{\"withdrawalId\":\"w-1\",\"amount\":\"1.00\",\"amount\":\"500.00\","
                + "\"occurredOn\":\"2024-03-01\"}").expectProblem(400, "malformed-request", "amount");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    /** The refusal names the field and the form it takes, not java.time's "Invalid date 'FEBRUARY 30'". */
    @Test
    void refusesAnImpossibleDateNamingItsField() {
        accounts.withdraw(person, "{\"withdrawalId\":\"w-1\",\"amount\":\"1.00\",\"occurredOn\":\"2024-02-30\"}")
                .expectProblem(400, "malformed-request", "field occurredOn", "\"2024-02-30\" is not a date YYYY-MM-DD");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesAnIdSentAsAJsonNumber() {
        accounts.withdraw(person, "{\"withdrawalId\":12345,\"amount\":\"1.00\",\"occurredOn\":\"2024-03-01\"}")
                .expectProblem(400, "malformed-request", "withdrawalId");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesAFieldTheEndpointDoesNotKnow() {
        accounts.credit(person, JsonBody.of("period", "2024-03", "contributionBas", "12345.67",
                "creditedOn", "2024-03-05")).expectProblem(400, "malformed-request", "contributionBas");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void acceptsTheContractsOptionalRegistrationFields() {
        String member = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "2010-05-20", "2022-01-10"));
        FamilySteps family = new FamilySteps(http);

        family.register(person, JsonBody.of("memberId", member, "relation", "CHILD", "registeredOn", "2024-01-02",
                "memberScheme", "RESIDENT")).expectProblem(422, "member-scheme-mismatch", "memberScheme EMPLOYEE");
        family.register(person, JsonBody.of("memberId", member, "relation", "CHILD", "registeredOn", "2024-01-02",
                "memberScheme", "PUBLIC_MEDICAL_CARE")).expectProblem(400, "malformed-request", "memberScheme");
        family.register(person, JsonBody.of("memberId", member, "relation", "CHILD", "registeredOn", "2024-01-02",
                "memberScheme", "EMPLOYEE", "memberRegion", "BEIJING")).expectJson(201);
    }

    @Test
    void refusesAClosureNamingAnUnknownHeirRatherThanPayingOutAsIfItWereNotAsked() {
        http.as(CASEWORKER).post(accountPath(person) + "/closure", JsonBody.of("reason", "DECEASED",
                "effectiveOn", "2024-03-15", "heirAccountId", "heir-1"))
                .expectProblem(422, "heir-account-unknown", "heir-1");

        accounts.account(person).expectJson(200).expectField("status", "OPEN");
    }

    @Test
    void refusesABodyAboveItsLimit() {
        String padding = "x".repeat(70 * 1024);

        accounts.withdraw(person, JsonBody.of("withdrawalId", "w-1", "amount", "1.00", "occurredOn", "2024-03-01",
                "note", padding)).expectProblem(413, "payload-too-large", "65536 bytes");
        http.as(CASEWORKER).send("POST", accountPath(person) + "/withdrawals",
                BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"withdrawalId\":\"w-1\",\"amount\":\"1.00\",\"note\":\"" + padding + "\"}").getBytes())),
                "application/json", LedgerHttp.ANSWERS).expectProblem(413, "payload-too-large", "65536 bytes");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    /** Spring's own wording would name the controller method's Java signature. */
    @Test
    void refusesAMissingBodyWithoutNamingTheCode() {
        HttpAnswer refused = http.as(CASEWORKER).send("POST", ACCOUNTS, BodyPublishers.noBody(), "application/json",
                LedgerHttp.ANSWERS).expectProblem(400, "malformed-request", "body is missing");

        assertThat(refused.body()).doesNotContain("ledger.", "AccountController", "OpenAccountRequest");
    }

    @Test
    void refusesAStringAboveItsLength() {
        accounts.close(person, "DECEASED", "2024-03-15", "p".repeat(201))
                .expectProblem(400, "invalid-request", "payee");
        http.as(CASEWORKER).post(ACCOUNTS, JsonBody.of("personId", AccountToOpen.newPersonId("r"),
                "region", "R".repeat(33), "category", "EMPLOYEE", "birthDate", "1980-05-20", "openedOn", "2022-01-10"))
                .expectProblem(400, "invalid-request", "region");
    }
}
