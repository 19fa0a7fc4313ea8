package ledger.app.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The ledger under load, over HTTP on loopback (or anywhere): one client, its connections reused. Given
 * several nodes, each of the load's workers keeps to one of them, worker {@code w} to node {@code w mod n},
 * as a load balancer that keeps a connection on its node would.
 */
final class LoadTarget {

    private final HttpClient client;
    private final List<String> nodes;

    LoadTarget(List<String> nodes, int connections) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no ledger to load");
        }
        this.nodes = nodes.stream().map(url -> url.replaceAll("/$", "")).toList();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections / 4)))
                .build();
    }

    record Answer(int status, String body) {
    }

    int nodeCount() {
        return nodes.size();
    }

    Answer post(int worker, String user, String path, String json) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(node(worker) + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(int worker, String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(node(worker) + path)).GET());
    }

    private String node(int worker) {
        return nodes.get(Math.floorMod(worker, nodes.size()));
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
