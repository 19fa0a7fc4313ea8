package ledger.app.projections;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import ledger.app.eventstore.RawEvents;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from the event store (shut down, reset tokens, which clears the tables
 * through the projections' reset handlers and empties their dead-letter queues, start again) and
 * reports where each processor stands and what it holds parked.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final long WATCH_MILLIS = 200;
    private static final int RESET_ATTEMPTS = 30;
    private static final long RESET_RETRY_MILLIS = 1_000;
    /** Parked events named in each processor's status; the dead-letter endpoint lists more. */
    private static final int PARKED_IN_STATUS = 100;

    private final EventProcessingConfiguration processing;
    private final RawEvents rawEvents;
    private final DeadLetters deadLetters;
    private final SegmentClaims claims;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-rebuild"));
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    Projections(EventProcessingConfiguration processing, RawEvents rawEvents, DeadLetters deadLetters,
                SegmentClaims claims) {
        this.processing = processing;
        this.rawEvents = rawEvents;
        this.deadLetters = deadLetters;
        this.claims = claims;
    }

    /**
     * Where a processor stands. Its position passes parked events: {@code caughtUp} and {@code position}
     * say the other accounts are current, {@code parkedSequences} how many accounts are not.
     */
    public record ProcessorStatus(String name, boolean running, boolean replaying, boolean caughtUp, boolean error,
                                  Long position, long headPosition, List<SegmentClaims.SegmentClaim> segments,
                                  long parkedSequences, long parkedEvents, List<DeadLetters.Parked> parked) {
    }

    public List<String> rebuildAll() {
        List<String> names = List.copyOf(streaming().keySet());
        rebuilding.set(true);
        rebuilds.submit(this::rebuildAndWatch);
        return names;
    }

    public List<ProcessorStatus> statuses() {
        long head = rawEvents.headPosition();
        Map<String, List<SegmentClaims.SegmentClaim>> segments = claims.byProcessor();
        return streaming().entrySet().stream().map(entry -> status(entry.getKey(), entry.getValue(), head,
                segments.getOrDefault(entry.getKey(), List.of()))).toList();
    }

    /**
     * True from the moment a rebuild is asked for until the processors have caught up again, or while
     * a processor replays for any other reason; writes then do not wait for the read models.
     */
    public boolean isReplaying(String processorName) {
        StreamingEventProcessor processor = streaming().get(processorName);
        return rebuilding.get() || processor != null && processor.isReplaying();
    }

    /** True from the moment a rebuild is asked for until every processor has caught up with the store. */
    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /**
     * Done once every segment has passed the event store's head as it was when the rebuild began: later
     * writes (the ledger keeps taking them) cannot keep the rebuild open, and neither can parked events,
     * which the position passes.
     */
    private void rebuildAndWatch() {
        try {
            long target = rawEvents.headPosition();
            for (Map.Entry<String, StreamingEventProcessor> processor : streaming().entrySet()) {
                rebuild(processor.getKey(), processor.getValue());
            }
            while (!streaming().entrySet().stream().allMatch(processor ->
                    reached(processor.getKey(), processor.getValue(), target))) {
                Thread.sleep(WATCH_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("the rebuild of the read models failed", e);
        } finally {
            rebuilding.set(false);
        }
    }

    private static void rebuild(String name, StreamingEventProcessor processor) throws InterruptedException {
        log.info("rebuilding the read models of {}", name);
        ProcessorRestart.restart(processor, () -> resetWhenFree(processor));
    }

    /**
     * A node that was killed a moment ago still holds its claims on the tokens until they time out (the
     * token store's claim timeout, 10 s by default); the reset waits for them rather than failing.
     */
    private static void resetWhenFree(StreamingEventProcessor processor) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                processor.resetTokens();
                return;
            } catch (UnableToClaimTokenException claimedElsewhere) {
                if (attempt == RESET_ATTEMPTS) {
                    throw claimedElsewhere;
                }
                Thread.sleep(RESET_RETRY_MILLIS);
            }
        }
    }

    /** Every segment of the processor, on this node or another, has come as far as the target. */
    private boolean reached(String name, StreamingEventProcessor processor, long target) {
        Map<Integer, Long> positions = positions(processor, claims.byProcessor().getOrDefault(name, List.of()));
        return !positions.isEmpty() && positions.values().stream().allMatch(position -> position != null
                && position >= target);
    }

    /**
     * Each segment's position: this node's own segments as its processor has them, the others as the
     * token store holds them (null before a segment's first event, or while a replay has not begun it).
     * Watching this node's segments alone would call a rebuild done while a segment nobody has claimed
     * yet, or another node's, is still replaying.
     */
    private static Map<Integer, Long> positions(StreamingEventProcessor processor,
                                                List<SegmentClaims.SegmentClaim> stored) {
        Map<Integer, Long> positions = new TreeMap<>();
        stored.forEach(segment -> positions.put(segment.segment(), segment.position()));
        processor.processingStatus().forEach((segment, status) -> positions.put(segment,
                status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null));
        return positions;
    }

    private ProcessorStatus status(String name, StreamingEventProcessor processor, long head,
                                   List<SegmentClaims.SegmentClaim> claimed) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        Map<Integer, Long> positions = positions(processor, claimed);
        Long position = positions.values().stream().anyMatch(Objects::isNull) ? null
                : positions.values().stream().min(Long::compare).orElse(null);
        if (position == null && caughtUp && positions.keySet().equals(segments.keySet())) {
            position = head; // every segment is this node's and caught up before any event reached it
        }
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        DeadLetters.Count parked = deadLetters.count(name);
        return new ProcessorStatus(name, processor.isRunning(), processor.isReplaying(), caughtUp, error, position,
                head, claimed, parked.sequences(), parked.events(),
                parked.events() == 0 ? List.of() : deadLetters.list(name, PARKED_IN_STATUS));
    }

    private Map<String, StreamingEventProcessor> streaming() {
        Map<String, StreamingEventProcessor> found = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor) {
                found.put(name, streamingProcessor);
            }
        });
        return found;
    }

}
