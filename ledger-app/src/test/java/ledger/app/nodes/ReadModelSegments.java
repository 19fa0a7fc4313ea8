package ledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ledger.app.http.LedgerHttp;
import ledger.app.http.LedgerUser;

/** The read models' segments as {@code GET /api/v1/projections} shows them across the nodes. */
public final class ReadModelSegments {

    /** The claim timeout (10 s) and a standby node's next claim attempt (5 s), with room for a slow machine. */
    public static final Duration TAKE_OVER = Duration.ofSeconds(90);

    /**
     * The cap of segments a node claims (its processor's threads): with two segments and three nodes, two
     * nodes hold one each and the third stands by (docs/operations.md, "Several nodes").
     */
    public static final String ONE_SEGMENT_PER_NODE =
            "--axon.eventhandling.processors.account-read-models.thread-count=1";

    private ReadModelSegments() {
    }

    /** Every segment held by a living node and at the head of the event store. */
    public static JsonNode awaitHeldBy(LedgerHttp node, List<String> living) throws InterruptedException {
        long deadline = System.nanoTime() + TAKE_OVER.toNanos();
        JsonNode status = readModels(node);
        while (!heldAndCaughtUp(status, living)) {
            assertThat(System.nanoTime()).as("segments held by %s and caught up within %s: %s",
                    living, TAKE_OVER, status).isLessThan(deadline);
            Thread.sleep(200);
            status = readModels(node);
        }
        return status;
    }

    static JsonNode readModels(LedgerHttp node) {
        return node.as(LedgerUser.OPERATOR).get("/api/v1/projections").expectJson(200).node("projections").get(0);
    }

    private static boolean heldAndCaughtUp(JsonNode status, List<String> living) {
        long head = status.path("headPosition").asLong();
        List<JsonNode> segments = new ArrayList<>();
        status.path("segments").forEach(segments::add);
        return segments.size() == 2 && segments.stream().allMatch(segment ->
                living.contains(segment.path("node").asText()) && segment.path("position").asLong(-1) >= head);
    }
}
