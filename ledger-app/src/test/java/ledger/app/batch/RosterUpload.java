package ledger.app.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerUser;

/**
 * The operator's multipart upload of a roster ({@code POST /api/v1/batches/monthly-credits}), which
 * {@code LedgerHttp} cannot send (it sends JSON only). The answer is an {@link HttpAnswer}, so the
 * tests judge it with the same assertions as every other answer.
 */
final class RosterUpload {

    static final String PATH = "/api/v1/batches/monthly-credits";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private final URI base;

    private RosterUpload(URI base) {
        this.base = base;
    }

    static RosterUpload onPort(int port) {
        return new RosterUpload(URI.create("http://localhost:" + port));
    }

    /** The usual request: the roster as file part {@code roster}, then region, period and the options. */
    HttpAnswer upload(LedgerUser user, String roster, String region, String period, Boolean dryRun,
                      String allocationDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("region", region);
        fields.put("period", period);
        fields.put("dryRun", dryRun == null ? null : dryRun.toString());
        fields.put("allocationDate", allocationDate);
        return post(user, roster == null ? null : roster.getBytes(StandardCharsets.UTF_8), fields);
    }

    /**
     * Any multipart request: {@code user} null sends no credentials, {@code roster} null leaves the
     * file part out, a null field value leaves that field out.
     */
    HttpAnswer post(LedgerUser user, byte[] roster, Map<String, String> fields) {
        String boundary = "roster-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (value != null) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                        + value + "\r\n");
            }
        });
        if (roster != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roster\"; "
                    + "filename=\"roster.csv\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(roster);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(PATH))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user.userName() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return answer("POST", PATH, CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + PATH + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + PATH, e);
        }
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * HttpAnswer's constructor is package-private to ledger.app.http, which this test may not change;
     * it is reached reflectively so that multipart answers get the shared assertions.
     */
    private static HttpAnswer answer(String method, String path, HttpResponse<String> response) {
        try {
            Constructor<HttpAnswer> constructor =
                    HttpAnswer.class.getDeclaredConstructor(String.class, String.class, HttpResponse.class);
            constructor.setAccessible(true);
            return constructor.newInstance(method, path, response);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HttpAnswer(String, String, HttpResponse) is no longer there; "
                    + "give LedgerHttp a multipart request instead", e);
        }
    }
}
