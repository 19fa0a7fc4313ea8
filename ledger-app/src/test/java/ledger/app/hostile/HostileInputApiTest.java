package ledger.app.hostile;

import static ledger.app.hostile.Field.optional;
import static ledger.app.hostile.Field.required;
import static ledger.app.hostile.FieldKind.BOOLEAN;
import static ledger.app.hostile.FieldKind.DATE;
import static ledger.app.hostile.FieldKind.ENUM;
import static ledger.app.hostile.FieldKind.ID;
import static ledger.app.hostile.FieldKind.ID_LIST;
import static ledger.app.hostile.FieldKind.INSTANT;
import static ledger.app.hostile.FieldKind.MONEY;
import static ledger.app.hostile.FieldKind.MONTH;
import static ledger.app.hostile.FieldKind.PIN;
import static ledger.app.hostile.FieldKind.QUARTER;
import static ledger.app.hostile.FieldKind.REGION_CODE;
import static ledger.app.hostile.FieldKind.TEXT;
import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerUser;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the contract, sent bodies that no careful client would send: each field replaced
 * in turn by values of the wrong shape, range or kind, required fields left out, and bodies that are
 * no JSON object at all. Each must be refused as problem+json with a ledger problem type and no
 * internal names, must change nothing, and must leave the ledger serving every other request.
 */
class HostileInputApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String holder;
    private String member;
    private String stranger;
    private String paymentId;
    private String holderHistoryBefore;

    @TestFactory
    Stream<DynamicNode> everyEndpointRefusesHostileInputAndKeepsServing() {
        givenAHolderWithAFamilyMemberAndAPayment();
        return Stream.concat(
                        endpoints().stream().map(this::refusesEveryHostileBody),
                        Stream.of(refusesHostilePathsAndQueries()))
                .map(node -> node);
    }

    private void givenAHolderWithAFamilyMemberAndAPayment() {
        accounts = new AccountSteps(http);
        holder = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        member = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "2000-03-01", "2022-01-10"));
        stranger = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1982-07-01", "2022-01-10"));
        accounts.credited(holder, "2024-01", "12345.67", "2024-01-05");
        new FamilySteps(http).registered(holder, member, "CHILD", "2022-11-01");
        paymentId = new PaymentSteps(http).paid(PaymentToMake.of(holder, "10.00")
                .withOccurredAt("2024-03-01T10:00:00+08:00")).text("paymentId");
        holderHistoryBefore = history(holder);
    }

    private List<Endpoint> endpoints() {
        String account = "/api/v1/accounts/" + holder;
        String payment = "/api/v1/payments/" + paymentId;
        return List.of(
                new Endpoint("POST", "/api/v1/accounts", CASEWORKER, List.of(
                        required("personId", ID, "\"$new\""), required("region", ENUM, "\"BEIJING\""),
                        required("category", ENUM, "\"EMPLOYEE\""), required("birthDate", DATE, "\"1980-01-01\""),
                        required("openedOn", DATE, "\"2020-01-01\""),
                        optional("legacyWithdrawableBalance", MONEY, "\"10.00\""))),
                new Endpoint("POST", account + "/credits", CASEWORKER, List.of(
                        required("period", MONTH, "\"2024-02\""), optional("contributionBase", MONEY, "\"12345.67\""),
                        optional("creditedOn", DATE, "\"2024-02-05\""))),
                new Endpoint("POST", account + "/interest", CASEWORKER, List.of(
                        required("quarter", QUARTER, "\"2024-Q1\""))),
                new Endpoint("POST", account + "/withdrawals", CASEWORKER, List.of(
                        required("withdrawalId", ID, "\"$new\""), required("amount", MONEY, "\"1.00\""),
                        optional("occurredOn", DATE, "\"2024-02-01\""))),
                new Endpoint("POST", account + "/family-members", CASEWORKER, List.of(
                        required("memberId", ID, "\"" + stranger + "\""), required("relation", ENUM, "\"SPOUSE\""),
                        optional("registeredOn", DATE, "\"2022-11-01\""),
                        optional("memberScheme", ENUM, "\"EMPLOYEE\""),
                        optional("memberRegion", ENUM, "\"BEIJING\""))),
                new Endpoint("PUT", "/api/v1/accounts/" + member + "/funding-order", CASEWORKER, List.of(
                        required("accounts", ID_LIST, "[\"" + holder + "\"]"))),
                new Endpoint("PUT", account + "/pin", CASEWORKER, List.of(required("pin", PIN, "\"123456\""))),
                new Endpoint("PUT", account + "/no-pin-limit", CASEWORKER, List.of(
                        required("amount", MONEY, "\"100.00\""))),
                new Endpoint("POST", account + "/transfers-in", CASEWORKER, List.of(
                        required("transferId", ID, "\"$new\""), required("fromRegion", REGION_CODE, "\"SHANGHAI\""),
                        required("amount", MONEY, "\"1.00\""))),
                new Endpoint("POST", "/api/v1/payments", SETTLEMENT, List.of(
                        required("paymentId", ID, "\"$new\""), required("personId", ID, "\"" + holder + "\""),
                        required("amount", MONEY, "\"1.00\""),
                        required("occurredAt", INSTANT, "\"2024-03-01T10:00:00+08:00\""),
                        required("institutionId", ID, "\"" + PaymentToMake.HOSPITAL + "\""),
                        required("purpose", ENUM, "\"MEDICAL\""), required("channel", ENUM, "\"E_VOUCHER\""),
                        required("useFamilyAccounts", BOOLEAN, "false"),
                        optional("pinExemption", ENUM, "\"REGISTRATION_FEE\""))),
                new Endpoint("PUT", "/api/v1/institutions/H11010500077", OPERATOR, List.of(
                        required("name", TEXT, "\"北京协和医院\""), required("region", ENUM, "\"BEIJING\""),
                        required("kind", ENUM, "\"HOSPITAL\""))),
                new Endpoint("POST", payment + "/refunds", SETTLEMENT, List.of(
                        required("refundId", ID, "\"$new\""), required("amount", MONEY, "\"1.00\""))),
                new Endpoint("POST", payment + "/reimbursements", SETTLEMENT, List.of(
                        required("reimbursementId", ID, "\"$new\""), required("amount", MONEY, "\"1.00\""))),
                new Endpoint("POST", "/api/v1/batches/quarterly-interest", OPERATOR, List.of(
                        required("region", ENUM, "\"BEIJING\""), required("quarter", QUARTER, "\"2024-Q1\""))),
                new Endpoint("POST", account + "/retirement", CASEWORKER, List.of(
                        required("retiredOn", DATE, "\"2040-06-01\""))),
                new Endpoint("POST", account + "/credits/2040-01/reversal", CASEWORKER, List.of(
                        required("reason", TEXT, "\"posted in error\""))),
                new Endpoint("POST", account + "/insurance-status", CASEWORKER, List.of(
                        required("status", ENUM, "\"FLEXIBLE_EMPLOYEE\""), required("effectiveOn", DATE, "\"2040-06-01\""))),
                new Endpoint("POST", account + "/closure", CASEWORKER, List.of(
                        required("reason", ENUM, "\"DECEASED\""), required("effectiveOn", DATE, "\"2024-06-01\""),
                        optional("payee", TEXT, "\"heir\""),
                        optional("heirAccountId", ID, "\"" + stranger + "\""))));
    }

    private DynamicNode refusesEveryHostileBody(Endpoint endpoint) {
        Stream<DynamicTest> refusals = endpoint.hostileVariants().stream().map(variant -> DynamicTest.dynamicTest(
                variant.description(), () -> expectRefused(
                        http.as(endpoint.user()).send(endpoint.method(), endpoint.path(), variant.body()))));
        return DynamicContainer.dynamicContainer(endpoint.toString(),
                Stream.concat(refusals, Stream.of(stillServing())));
    }

    private DynamicNode refusesHostilePathsAndQueries() {
        List<String> badIds = List.of("a%2Fb", "payment:" + paymentId, "%20" + holder, "x%00y", "x".repeat(1_000),
                "%E2%80%AEabc", "..%2F..");
        Stream<DynamicTest> paths = badIds.stream().flatMap(bad -> Stream.of(
                refused(CASEWORKER, "GET", "/api/v1/accounts/" + bad),
                refused(CASEWORKER, "GET", "/api/v1/accounts/" + bad + "/statement"),
                refused(CASEWORKER, "GET", "/api/v1/accounts/" + bad + "/statements/2024"),
                refused(CASEWORKER, "POST", "/api/v1/accounts/" + bad + "/pin-unlock"),
                refused(CASEWORKER, "DELETE", "/api/v1/accounts/" + holder + "/family-members/" + bad),
                refused(CASEWORKER, "GET", "/api/v1/accounts/" + bad + "/family-members"),
                refused(OPERATOR, "GET", "/api/v1/institutions/" + bad),
                refused(SETTLEMENT, "GET", "/api/v1/payments/" + bad),
                refused(AUDITOR, "GET", "/api/v1/audit/accounts/" + bad + "/events"),
                refused(OPERATOR, "GET", "/api/v1/batches/" + bad)));
        String statement = "/api/v1/accounts/" + holder + "/statement";
        String balance = "/api/v1/audit/accounts/" + holder + "/balance";
        Stream<DynamicTest> queries = Stream.of(
                refused(CASEWORKER, "GET", statement + "?from=%2B99999-01-01"),
                refused(CASEWORKER, "GET", statement + "?from=2024-13-01"),
                refused(CASEWORKER, "GET", statement + "?to=yesterday"),
                refused(CASEWORKER, "GET", statement + "s/%2B99999"),
                refused(CASEWORKER, "GET", statement + "s/0000"),
                refused(CASEWORKER, "GET", statement + "s/" + "9".repeat(1_000)),
                refused(CASEWORKER, "GET", statement + "s/2024-01"),
                refused(AUDITOR, "GET", balance),
                refused(AUDITOR, "GET", balance + "?asOf=%2B10000-01-01"),
                refused(AUDITOR, "GET", balance + "?asOf=2024-01-01&recordedBefore=garbage"),
                refused(AUDITOR, "GET", balance + "?asOf=2024-01-01&recordedBefore=%2B99999-01-01T00:00:00Z"),
                refused(AUDITOR, "GET", "/api/v1/audit/regions/MARS/fund-totals"),
                refused(CASEWORKER, "PATCH", "/api/v1/accounts/" + holder),
                refused(CASEWORKER, "DELETE", "/api/v1/accounts/" + holder),
                refused(CASEWORKER, "TRACE", "/api/v1/accounts/" + holder),
                refused(CASEWORKER, "BREW", "/api/v1/accounts/" + holder),
                refused(CASEWORKER, "GET", "/error"));
        return DynamicContainer.dynamicContainer("paths and queries",
                Stream.concat(Stream.concat(paths, queries), Stream.of(stillServing())));
    }

    private DynamicTest refused(LedgerUser user, String method, String path) {
        String name = method + " " + (path.length() > 80 ? path.substring(0, 77) + "..." : path);
        return DynamicTest.dynamicTest(name, () -> expectRefused(http.as(user).send(method, path, null)));
    }

    private static void expectRefused(HttpAnswer answer) {
        answer.expectRefusedAsProblem();
    }

    /** The ledger still opens, reads and pays, and the holder's history is as it was. */
    private DynamicTest stillServing() {
        return DynamicTest.dynamicTest("the ledger still serves and nothing changed", () -> {
            String fresh = accounts.opened(AccountToOpen.of("SHANGHAI", "EMPLOYEE", "1990-01-01", "2023-01-01"));
            accounts.account(fresh).expectJson(200).expectField("personId", fresh);
            accounts.expectBalance(holder, "500.00", "236.91", "736.91");
            assertThat(history(holder)).as("events of the holder").isEqualTo(holderHistoryBefore);
            http.as(AUDITOR).get("/api/v1/audit/accounts/" + holder + "/verification").expectJson(200)
                    .expectFields("hashChainIntact", "true", "projectionMatchesReplay", "true");
            http.as(OPERATOR).get("/api/v1/projections").expectJson(200);
            assertThat(http.as(OPERATOR).get("/api/v1/projections").body()).doesNotContain("\"error\":true");
        });
    }

    private String history(String personId) {
        return http.as(AUDITOR).get("/api/v1/audit/accounts/" + personId + "/events").expectJson(200)
                .node("events").toString();
    }
}
