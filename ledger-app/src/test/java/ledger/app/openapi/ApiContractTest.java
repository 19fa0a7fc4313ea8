package ledger.app.openapi;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated OpenAPI description against the HTTP contract (../shared/api-contract.md): every
 * endpoint of the contract is in {@code /v3/api-docs} with its method and path, and with exactly the
 * required inputs (body fields, query or form parameters) the contract names. The contract is
 * written here in its own notation: {@code name?} is optional, {@code name=default} is a field the
 * contract lists but the ledger defaults when absent.
 */
class ApiContractTest extends LedgerApiTest {

    private static final List<String> CONTRACT = List.of(
            "POST /api/v1/accounts {personId, region, category, birthDate, openedOn, retiredOn?, legacyWithdrawableBalance?}",
            "GET /api/v1/accounts/{personId}",
            "POST /api/v1/accounts/{personId}/retirement {retiredOn}",
            "POST /api/v1/accounts/{personId}/credits {period, contributionBase?, creditedOn?}",
            "POST /api/v1/accounts/{personId}/interest {quarter}",
            "POST /api/v1/accounts/{personId}/withdrawals {withdrawalId, amount, occurredOn?}",
            "POST /api/v1/accounts/{personId}/family-members {memberId, relation, registeredOn=today, memberScheme?, memberRegion?}",
            "GET /api/v1/accounts/{personId}/family-members",
            "DELETE /api/v1/accounts/{personId}/family-members/{memberId}",
            "GET /api/v1/accounts/{memberId}/funding-order",
            "PUT /api/v1/accounts/{memberId}/funding-order {accounts}",
            "PUT /api/v1/accounts/{personId}/pin {pin}",
            "PUT /api/v1/accounts/{personId}/no-pin-limit {amount}",
            "POST /api/v1/accounts/{personId}/pin-unlock",
            "POST /api/v1/accounts/{personId}/insurance-status {status, effectiveOn}",
            "POST /api/v1/accounts/{personId}/credits/{period}/reversal {reason}",
            "GET /api/v1/accounts/{personId}/statements/{year}",
            "POST /api/v1/accounts/{personId}/closure {reason, effectiveOn, payee?, heirAccountId?}",
            "POST /api/v1/accounts/{personId}/transfers-in {transferId, fromRegion, amount}",
            "GET /api/v1/accounts/{personId}/statement {from?, to?}",
            "POST /api/v1/payments {paymentId, personId, amount, occurredAt, institutionId, purpose, beneficiaryId?, "
                    + "channel, pin?, pinExemption?, useFamilyAccounts=false}",
            "PUT /api/v1/institutions/{institutionId} {name, region, kind}",
            "POST /api/v1/payments/{paymentId}/refunds {refundId, amount}",
            "POST /api/v1/payments/{paymentId}/reimbursements {reimbursementId, amount}",
            "GET /api/v1/payments/{paymentId}",
            "GET /api/v1/audit/accounts/{personId}/events",
            "GET /api/v1/audit/accounts/{personId}/balance {asOf, recordedBefore?}",
            "GET /api/v1/audit/accounts/{personId}/verification",
            "POST /api/v1/batches/monthly-credits {roster, region, period, dryRun?}",
            "POST /api/v1/batches/quarterly-interest {region, quarter}",
            "GET /api/v1/batches/{batchId}",
            "POST /api/v1/projections/rebuild",
            "GET /api/v1/projections");

    /** The ledger's extensions of the contract (docs/api.md), held to their shape the same way. */
    private static final List<String> EXTENSIONS = List.of(
            "POST /api/v1/national/2207 {infno?, msgid?, fixmedins_code?, input?}",
            "POST /api/v1/national/2208 {infno?, msgid?, fixmedins_code?, input?}",
            "GET /api/v1/reconciliation/institutions/{institutionId}/days/{date}",
            "POST /api/v1/reconciliation/institutions/{institutionId}/days/{date}",
            "GET /api/v1/audit/regions/{region}/fund-totals",
            "GET /api/v1/institutions/{institutionId}");

    /**
     * Contract endpoints not built yet: none since issue 13. One listed here must be absent; once it is
     * built, remove it here and the test checks its shape like every other.
     */
    private static final Set<String> NOT_BUILT_YET = Set.of();

    private static final Pattern ENDPOINT = Pattern.compile("(GET|POST|PUT|DELETE) (\\S+)(?: \\{(.*)})?");

    private JsonNode docs;

    @BeforeEach
    void readTheDescription() {
        docs = http.as(AUDITOR).get("/v3/api-docs").expectJson(200).json();
    }

    @Test
    void everyBuiltEndpointOfTheContractAndEveryExtensionIsDescribedWithItsRequiredInputs() {
        SoftAssertions softly = new SoftAssertions();
        for (String line : Stream.concat(CONTRACT.stream(), EXTENSIONS.stream()).toList()) {
            Endpoint endpoint = Endpoint.parse(line);
            if (NOT_BUILT_YET.contains(endpoint.key())) {
                continue;
            }
            JsonNode operation = operation(endpoint);
            softly.assertThat(operation.isMissingNode()).as("%s in /v3/api-docs", line).isFalse();
            softly.assertThat(requiredInputs(operation)).as("required inputs of %s", line)
                    .isEqualTo(endpoint.required());
            softly.assertThat(allInputs(operation)).as("inputs of %s", line).containsAll(endpoint.optional());
        }
        softly.assertAll();
    }

    @Test
    void theEndpointsNotBuiltYetAreAbsentSoBuildingOneBringsItUnderThisTest() {
        for (String line : CONTRACT) {
            Endpoint endpoint = Endpoint.parse(line);
            if (NOT_BUILT_YET.contains(endpoint.key())) {
                assertThat(operation(endpoint).isMissingNode())
                        .as("%s is built now: remove it from NOT_BUILT_YET so its shape is checked", line).isTrue();
            }
        }
    }

    @Test
    void moneyIsAYuanStringAndEveryRefusalIsAProblem() {
        JsonNode amount = docs.at("/components/schemas/PaymentRequest/properties/amount");
        assertThat(amount.path("type").asText()).isEqualTo("string");
        assertThat(amount.path("pattern").asText()).isEqualTo("^\\d{1,15}\\.\\d{2}$");
        JsonNode refused = docs.at("/paths/~1api~1v1~1payments/post/responses/422/content");
        assertThat(refused.path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(docs.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail");
    }

    @Test
    void eachOperationNamesTheRolesTheSecurityRulesAllow() {
        assertThat(docs.at("/paths/~1api~1v1~1payments/post/x-roles")).map(JsonNode::asText)
                .containsExactly("SETTLEMENT");
        assertThat(docs.at("/paths/~1api~1v1~1accounts~1{personId}/get/x-roles")).map(JsonNode::asText)
                .containsExactly("CASEWORKER", "AUDITOR");
        assertThat(docs.at("/paths/~1api~1v1~1accounts~1{personId}/get/description").asText())
                .startsWith("Roles: CASEWORKER, AUDITOR.");
    }

    @Test
    void theDescriptionAndSwaggerUiAreForSignedInUsersOnly() {
        http.anonymous().get("/v3/api-docs").expectStatus(401);
        HttpAnswer ui = http.as(AUDITOR).get("/swagger-ui/index.html", "text/html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    /** The operation of that method on the path that matches the endpoint's (variable names aside). */
    private JsonNode operation(Endpoint endpoint) {
        for (var paths = docs.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            if (Endpoint.normalized(path.getKey()).equals(Endpoint.normalized(endpoint.path()))) {
                return path.getValue().path(endpoint.method().toLowerCase());
            }
        }
        return docs.path("no such path");
    }

    private Set<String> requiredInputs(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        body(operation).path("required").forEach(name -> names.add(name.asText()));
        operation.path("parameters").forEach(parameter -> {
            if (!"path".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    private Set<String> allInputs(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        body(operation).path("properties").fieldNames().forEachRemaining(names::add);
        operation.path("parameters").forEach(parameter -> names.add(parameter.path("name").asText()));
        return names;
    }

    /** The request body's schema, whatever its media type, with a reference resolved. */
    private JsonNode body(JsonNode operation) {
        for (JsonNode media : operation.path("requestBody").path("content")) {
            JsonNode schema = media.path("schema");
            String ref = schema.path("$ref").asText("");
            return ref.isEmpty() ? schema : docs.at(ref.substring(1));
        }
        return docs.path("no body");
    }

    /** One endpoint of the contract: method, path, the inputs it requires and those it allows. */
    private record Endpoint(String method, String path, Set<String> required, Set<String> optional) {

        static Endpoint parse(String line) {
            Matcher matcher = ENDPOINT.matcher(line);
            assertThat(matcher.matches()).as("contract line %s", line).isTrue();
            Set<String> required = new TreeSet<>();
            List<String> optional = new ArrayList<>();
            if (matcher.group(3) != null) {
                for (String field : matcher.group(3).split(",\\s*")) {
                    if (field.endsWith("?")) {
                        optional.add(field.substring(0, field.length() - 1));
                    } else if (field.contains("=")) {
                        optional.add(field.substring(0, field.indexOf('=')));
                    } else {
                        required.add(field);
                    }
                }
            }
            return new Endpoint(matcher.group(1), matcher.group(2), required, new TreeSet<>(optional));
        }

        static String normalized(String path) {
            return path.replaceAll("\\{[^}]+}", "{}");
        }

        String key() {
            return method + " " + normalized(path);
        }
    }
}
