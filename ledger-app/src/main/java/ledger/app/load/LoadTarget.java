package ledger.app.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The ledger under load, over HTTP on loopback (or anywhere): one client, its connections reused. */
final class LoadTarget {

    private final HttpClient client;
    private final String url;

    LoadTarget(String url, int connections) {
        this.url = url.replaceAll("/$", "");
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections / 4)))
                .build();
    }

    record Answer(int status, String body) {
    }

    Answer post(String user, String path, String json) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    /** {@code user}: {@code name:password}. */
    private Answer send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(request.header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
