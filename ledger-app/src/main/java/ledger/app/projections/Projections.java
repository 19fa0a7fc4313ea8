package ledger.app.projections;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-rebuild"));

    Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public record ProcessorStatus(String name, boolean running, boolean replaying, boolean caughtUp, boolean error,
                                  Long position, long headPosition, int segments) {
    }

    public List<String> rebuildAll() {
        List<String> names = List.copyOf(streaming().keySet());
        rebuilds.submit(() -> streaming().forEach(Projections::rebuild));
        return names;
    }

    public List<ProcessorStatus> statuses() {
        long head = headPosition();
        return streaming().entrySet().stream().map(entry -> status(entry.getKey(), entry.getValue(), head)).toList();
    }

    /** True while a processor replays history; writes then do not wait for the read models. */
    public boolean isReplaying(String processorName) {
        StreamingEventProcessor processor = streaming().get(processorName);
        return processor != null && processor.isReplaying();
    }

    private static void rebuild(String name, StreamingEventProcessor processor) {
        log.info("rebuilding the read models of {}", name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private static ProcessorStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Long position = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .min(Long::compare).orElse(null);
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
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
