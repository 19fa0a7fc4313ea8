package ledger.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Real HTTP round trips against a running ledger, as one of its users. A body is sent as given when
 * it is a String (so a test can send exactly the JSON it means, malformed or not) and as JSON
 * otherwise. Every answer is read whole and handed back as an {@link HttpAnswer}.
 *
 * <pre>{@code
 * LedgerHttp http = LedgerHttp.onPort(port);
 * http.as(CASEWORKER).post("/api/v1/accounts", body).expectStatus(201);
 * http.anonymous().get("/api/v1/accounts/p1").expectProblem(401, "authentication-required", "credentials");
 * }</pre>
 */
public final class LedgerHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What the ledger's clients accept: its JSON answers and its problems. */
    public static final String ANSWERS = "application/json, application/problem+json";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final URI base;

    private LedgerHttp(URI base) {
        this.base = base;
    }

    public static LedgerHttp onPort(int port) {
        return new LedgerHttp(URI.create("http://localhost:" + port));
    }

    /** The mapper bodies are written with and answers read with: plain Jackson, nulls left out. */
    public static ObjectMapper json() {
        return JSON;
    }

    public Caller as(LedgerUser user) {
        return as(user.userName(), user.password());
    }

    public Caller as(String userName, String password) {
        String token = Base64.getEncoder()
                .encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Caller(Optional.of("Basic " + token));
    }

    public Caller anonymous() {
        return new Caller(Optional.empty());
    }

    /** One user's side of the conversation. */
    public final class Caller {

        private final Optional<String> authorization;

        private Caller(Optional<String> authorization) {
            this.authorization = authorization;
        }

        public HttpAnswer get(String path) {
            return send("GET", path, null);
        }

        /** A GET of another representation than JSON, e.g. {@code text/csv} or {@code text/plain}. */
        public HttpAnswer get(String path, String accept) {
            return send("GET", path, null, accept);
        }

        public HttpAnswer post(String path, Object body) {
            return send("POST", path, body);
        }

        /** A POST of a body in another type than JSON, e.g. a {@code text/csv} file, sent as given. */
        public HttpAnswer post(String path, String body, String contentType) {
            return send("POST", path, body, "application/json, application/problem+json", contentType);
        }

        /** A POST without a body, e.g. {@code /pin-unlock}. */
        public HttpAnswer post(String path) {
            return send("POST", path, null);
        }

        public HttpAnswer put(String path, Object body) {
            return send("PUT", path, body);
        }

        public HttpAnswer delete(String path) {
            return send("DELETE", path, null);
        }

        public HttpAnswer send(String method, String path, Object body) {
            return send(method, path, publisher(body), body == null ? null : "application/json", ANSWERS);
        }

        private HttpAnswer send(String method, String path, Object body, String accept) {
            return send(method, path, publisher(body), body == null ? null : "application/json", accept);
        }

        private HttpAnswer send(String method, String path, Object body, String accept, String contentType) {
            return send(method, path, publisher(body), contentType, accept);
        }

        /** A request exactly as given: any body, content type (null: none) and accepted types. */
        public HttpAnswer send(String method, String path, BodyPublisher body, String contentType, String accept) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(TIMEOUT)
                    .header("Accept", accept)
                    .method(method, body);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            authorization.ifPresent(value -> request.header("Authorization", value));
            try {
                return new HttpAnswer(method, path, CLIENT.send(request.build(), BodyHandlers.ofString()));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + method + " " + path, e);
            }
        }
    }

    private static BodyPublisher publisher(Object body) {
        if (body == null) {
            return BodyPublishers.noBody();
        }
        return BodyPublishers.ofString(body instanceof String raw ? raw : write(body), StandardCharsets.UTF_8);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body " + body, e);
        }
    }
}
