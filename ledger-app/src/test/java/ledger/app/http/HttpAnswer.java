package ledger.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * What the ledger answered to one request, with the assertions HTTP tests make on it. Field paths
 * are dotted, with array indices as segments: {@code balance.total}, {@code entries.0.amount}.
 * Every failed assertion shows the request and the whole answer.
 */
public final class HttpAnswer {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_TYPE_PREFIX = "urn:ledger:problem:";
    /**
     * What a detail for people must not show: a qualified Java name, an exception, or Jackson's own
     * wording (it names Java types, quotes them in backticks and gives its configuration switches).
     */
    private static final String JAVA_INTERNALS =
            "(java|javax|jakarta|org\\.springframework|com\\.fasterxml|ledger)\\.[a-z]|Exception|`"
                    + "|(?i:deserializ|value of type|into type|DeserializationFeature)";

    private final String method;
    private final String path;
    private final HttpResponse<String> response;
    private JsonNode json;

    HttpAnswer(String method, String path, HttpResponse<String> response) {
        this.method = method;
        this.path = path;
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body();
    }

    public String contentType() {
        return header("Content-Type");
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
        if (json == null) {
            try {
                json = LedgerHttp.json().readTree(body());
            } catch (JsonProcessingException e) {
                throw new AssertionError("the answer to " + this + " is not JSON", e);
            }
        }
        return json;
    }

    /** The node at a dotted path; a missing node when there is none. */
    public JsonNode node(String dottedPath) {
        return json().at("/" + dottedPath.replace('.', '/'));
    }

    /** The text at a dotted path, failing when the field is missing or not a string. */
    public String text(String dottedPath) {
        JsonNode node = node(dottedPath);
        assertThat(node.isTextual()).as("%s in the answer to %s", dottedPath, this).isTrue();
        return node.asText();
    }

    public <T> T as(Class<T> type) {
        try {
            return LedgerHttp.json().treeToValue(json(), type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the answer to " + this + " is no " + type.getSimpleName(), e);
        }
    }

    public HttpAnswer expectStatus(int expected) {
        assertThat(status()).as("status of %s", this).isEqualTo(expected);
        return this;
    }

    /** The status, and a JSON body (not a problem). */
    public HttpAnswer expectJson(int expectedStatus) {
        expectStatus(expectedStatus);
        assertThat(contentType()).as("content type of %s", this).startsWith("application/json");
        return this;
    }

    /** Each pair is a dotted path and the exact text expected there. */
    public HttpAnswer expectFields(String... pathsAndTexts) {
        assertThat(pathsAndTexts.length % 2).as("paths and texts come in pairs").isZero();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            expectField(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return this;
    }

    public HttpAnswer expectField(String dottedPath, String expectedText) {
        JsonNode node = node(dottedPath);
        assertThat(node.isValueNode() ? node.asText() : node.toString())
                .as("%s in the answer to %s", dottedPath, this).isEqualTo(expectedText);
        assertThat(node.isTextual() || node.isNumber() || node.isBoolean())
                .as("%s in the answer to %s is a JSON value", dottedPath, this).isTrue();
        return this;
    }

    public HttpAnswer expectNoField(String dottedPath) {
        assertThat(node(dottedPath).isMissingNode() || node(dottedPath).isNull())
                .as("%s absent from the answer to %s", dottedPath, this).isTrue();
        return this;
    }

    /**
     * An RFC 9457 problem: the status, the problem content type, the exact {@code type}
     * {@code urn:ledger:problem:<code>}, {@code title} and {@code status} fields, and a {@code detail}
     * that contains every given fragment.
     */
    public HttpAnswer expectProblem(int expectedStatus, String code, String... detailFragments) {
        expectStatus(expectedStatus);
        assertThat(contentType()).as("content type of %s", this).startsWith(PROBLEM_JSON);
        assertThat(node("status").asInt()).as("status field of %s", this).isEqualTo(expectedStatus);
        assertThat(node("type").asText()).as("type of %s", this).isEqualTo(PROBLEM_TYPE_PREFIX + code);
        assertThat(node("title").asText()).as("title of %s", this).isNotBlank();
        String detail = expectDetailForPeople();
        if (detailFragments.length > 0) {
            assertThat(detail).as("detail of %s", this).contains(List.of(detailFragments));
        }
        return this;
    }

    /**
     * Any refusal of a request the client got wrong: a 4xx problem+json with a ledger problem type,
     * its status field, and a detail for people. For requests whose exact refusal is not the point.
     */
    public HttpAnswer expectRefusedAsProblem() {
        assertThat(status()).as("status of %s", this).isBetween(400, 499);
        assertThat(contentType()).as("content type of %s", this).startsWith(PROBLEM_JSON);
        assertThat(node("type").asText()).as("type of %s", this).startsWith(PROBLEM_TYPE_PREFIX);
        assertThat(node("status").asInt()).as("status field of %s", this).isEqualTo(status());
        expectDetailForPeople();
        return this;
    }

    /** The problem's detail, checked to be there and to name nothing of the code behind it. */
    public String expectDetailForPeople() {
        String detail = node("detail").asText();
        assertThat(detail).as("detail of %s", this).isNotBlank().doesNotContainPattern(JAVA_INTERNALS);
        return detail;
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status() + " " + contentType() + " " + body();
    }
}
