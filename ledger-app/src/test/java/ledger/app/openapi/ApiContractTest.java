package ledger.app.openapi;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * The generated OpenAPI description against the HTTP contract ({@link TheContract}): every endpoint
 * of the contract and every extension is in {@code /v3/api-docs} with its method and path, exactly
 * the required inputs (body fields, query or form parameters) the contract names, the optional ones,
 * its success status and every field of its answer; and {@link TheContract} against the shared
 * contract's own text, when it is found beside the repository ({@link SharedContractFile}).
 */
class ApiContractTest extends LedgerApiTest {

    private static final Pattern ENDPOINT = Pattern.compile(
            "(GET|POST|PUT|DELETE) (\\S+)(?: \\{([^}]*)})? → (\\d{3})(?: \\{(.*)})?");

    private JsonNode docs;

    @BeforeEach
    void readTheDescription() {
        docs = http.as(AUDITOR).get("/v3/api-docs").expectJson(200).json();
    }

    @Test
    void everyEndpointOfTheContractAndEveryExtensionIsDescribedWithItsInputsAndItsAnswer() {
        SoftAssertions softly = new SoftAssertions();
        for (String line : Stream.concat(TheContract.ENDPOINTS.stream(), TheContract.EXTENSIONS.stream()).toList()) {
            Endpoint endpoint = Endpoint.parse(line);
            JsonNode operation = operation(endpoint);
            softly.assertThat(operation.isMissingNode()).as("%s in /v3/api-docs", line).isFalse();
            softly.assertThat(requiredInputs(operation)).as("required inputs of %s", line)
                    .isEqualTo(endpoint.required());
            softly.assertThat(allInputs(operation)).as("inputs of %s", line).containsAll(endpoint.optional());
            JsonNode answer = operation.path("responses").path(endpoint.status());
            softly.assertThat(answer.isMissingNode()).as("status %s of %s", endpoint.status(), line).isFalse();
            for (String field : endpoint.answer()) {
                softly.assertThat(AnswerSchema.of(docs, answer).has(field)).as("field %s of the answer of %s", field,
                        line).isTrue();
            }
        }
        softly.assertAll();
    }

    @Test
    void theContractHeldHereNamesEveryEndpointAndInputOfTheSharedContract() throws IOException {
        assumeTrue(Files.isRegularFile(SharedContractFile.LOCATION), "the shared contract beside the repository");
        Map<String, Set<String>> ours = new TreeMap<>();
        for (String line : TheContract.ENDPOINTS) {
            Endpoint endpoint = Endpoint.parse(line);
            Set<String> inputs = new TreeSet<>(endpoint.required());
            inputs.addAll(endpoint.optional());
            ours.put(endpoint.key(), inputs);
        }

        SharedContractFile.endpoints().forEach((endpoint, inputs) -> {
            assertThat(ours).as("%s of %s in TheContract", endpoint, SharedContractFile.LOCATION).containsKey(endpoint);
            if (!inputs.isEmpty()) {
                assertThat(ours.get(endpoint)).as("inputs of %s", endpoint).isEqualTo(inputs);
            }
        });
        assertThat(ours.keySet()).isEqualTo(SharedContractFile.endpoints().keySet());
    }

    @Test
    void theContractTestFailsWhenAnAnswerLacksAField() {
        JsonNode answer = operation(Endpoint.parse("GET /api/v1/accounts/{personId} → 200"))
                .path("responses").path("200");

        assertThat(AnswerSchema.of(docs, answer).has("balance.total")).isTrue();
        assertThat(AnswerSchema.of(docs, answer).has("balance.cash")).isFalse();
        assertThat(AnswerSchema.of(docs, answer).has("nickname")).isFalse();
    }

    @Test
    void onlyTheApiIsDescribedNotTheConsoleOrTheErrorPage() {
        assertThat(docs.path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/v1/"));
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
    void aRepeatedRequestIsDescribedAsAnsweredWithTheOriginalAndStatus200() {
        JsonNode responses = docs.at("/paths/~1api~1v1~1payments/post/responses");

        assertThat(responses.path("201").path("description").asText()).isEqualTo("applied");
        assertThat(responses.path("200").path("description").asText()).startsWith("the same request again");
        assertThat(responses.path("200").path("content")).isEqualTo(responses.path("201").path("content"));
    }

    @Test
    void eachOperationNamesTheRolesTheSecurityRulesAllow() {
        assertThat(docs.at("/paths/~1api~1v1~1payments/post/x-roles")).map(JsonNode::asText)
                .containsExactly("SETTLEMENT");
        assertThat(docs.at("/paths/~1api~1v1~1accounts~1{personId}/get/x-roles")).map(JsonNode::asText)
                .containsExactly("CASEWORKER", "AUDITOR");
        assertThat(docs.at("/paths/~1api~1v1~1reconciliation~1institutions~1{institutionId}~1days~1{date}/get/x-roles"))
                .map(JsonNode::asText).containsExactly("AUDITOR", "OPERATOR");
        assertThat(docs.at("/paths/~1api~1v1~1accounts~1{personId}/get/description").asText())
                .startsWith("Roles: CASEWORKER, AUDITOR.");
    }

    @Test
    void theDescriptionAndSwaggerUiAreForSignedInUsersOnly() {
        http.anonymous().get("/v3/api-docs").expectStatus(401);
        http.anonymous().get("/swagger-ui/index.html", "text/html").expectStatus(401);
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
            return AnswerSchema.resolved(docs, media.path("schema"));
        }
        return docs.path("no body");
    }

    /** One endpoint of the contract: method, path, the inputs it requires and allows, status and answer. */
    private record Endpoint(String method, String path, Set<String> required, Set<String> optional, String status,
                            List<String> answer) {

        static Endpoint parse(String line) {
            Matcher matcher = ENDPOINT.matcher(line);
            assertThat(matcher.matches()).as("contract line %s", line).isTrue();
            Set<String> required = new TreeSet<>();
            Set<String> optional = new TreeSet<>();
            for (String field : fields(matcher.group(3))) {
                if (field.endsWith("?")) {
                    optional.add(field.substring(0, field.length() - 1));
                } else if (field.contains("=")) {
                    optional.add(field.substring(0, field.indexOf('=')));
                } else {
                    required.add(field);
                }
            }
            return new Endpoint(matcher.group(1), matcher.group(2), required, optional, matcher.group(4),
                    fields(matcher.group(5)));
        }

        private static List<String> fields(String list) {
            return list == null ? List.of() : new ArrayList<>(List.of(list.split(",\\s*")));
        }

        static String normalized(String path) {
            return path.replaceAll("\\{[^}]+}", "{}");
        }

        String key() {
            return method + " " + normalized(path);
        }
    }
}
