package ledger.app.projections;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from the event store (shut down, reset tokens, which clears the tables
 * through the projections' reset handlers, start again) and reports where each processor stands.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final long WATCH_MILLIS = 200;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-rebuild"));
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public record ProcessorStatus(String name, boolean running, boolean replaying, boolean caughtUp, boolean error,
                                  Long position, long headPosition, int segments) {
    }

    public List<String> rebuildAll() {
        List<String> names = List.copyOf(streaming().keySet());
        rebuilding.set(true);
        rebuilds.submit(this::rebuildAndWatch);
        return names;
    }

    public List<ProcessorStatus> statuses() {
        long head = headPosition();
        return streaming().entrySet().stream().map(entry -> status(entry.getKey(), entry.getValue(), head)).toList();
    }

    /**
     * True from the moment a rebuild is asked for until the processors have caught up again, or while
     * a processor replays for any other reason; writes then do not wait for the read models.
     */
    public boolean isReplaying(String processorName) {
        StreamingEventProcessor processor = streaming().get(processorName);
        return rebuilding.get() || processor != null && processor.isReplaying();
    }

    /** True from the moment a rebuild is asked for until every processor has caught up again. */
    public boolean isRebuilding() {
        return rebuilding.get();
    }

    private void rebuildAndWatch() {
        try {
            streaming().forEach(Projections::rebuild);
            while (statuses().stream().anyMatch(status -> !status.caughtUp()
                    || status.position() == null || status.position() < status.headPosition())) {
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

    private static void rebuild(String name, StreamingEventProcessor processor) {
        log.info("rebuilding the read models of {}", name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private static ProcessorStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        Long position = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .min(Long::compare).orElse(caughtUp ? head : null);
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProcessorStatus(name, processor.isRunning(), processor.isReplaying(), caughtUp, error, position,
                head, segments.size());
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

    private long headPosition() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }
}
