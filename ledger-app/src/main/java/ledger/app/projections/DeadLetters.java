package ledger.app.projections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The events the read models parked (ProjectionConfiguration): counted, listed for operators, and
 * retried in order, each account's events from the oldest on.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** What a processor holds parked: accounts (sequences) and events. */
    public record Count(String processor, long sequences, long events) {
    }

    /**
     * One parked event. {@code cause} is set only on the event that failed (the others of its account
     * wait behind it untried); {@code firstAttempt} is when it was parked, {@code lastAttempt} when it
     * was last tried, {@code attempts} how often it failed.
     */
    public record Parked(String processor, String sequenceIdentifier, long sequenceNumber, String eventType,
                         Long globalPosition, String cause, Instant firstAttempt, Instant lastAttempt,
                         int attempts) {
    }

    /** The outcome of a retry: accounts tried, of which applied whole, and what is still parked. */
    public record Retry(String processor, int sequencesTried, int sequencesApplied, long stillParked) {
    }

    public List<String> processors() {
        return ProjectionConfiguration.PARKING_GROUPS;
    }

    public Count count(String processor) {
        return queue(processor).map(queue -> new Count(processor, queue.amountOfSequences(), queue.size()))
                .orElseGet(() -> new Count(processor, 0, 0));
    }

    /** The parked events of a processor, each account's in order, the first {@code limit} only. */
    public List<Parked> list(String processor, int limit) {
        List<Parked> parked = new ArrayList<>();
        queue(processor).ifPresent(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (parked.size() >= limit) {
                        return;
                    }
                    parked.add(parked(processor, letter));
                }
            }
        });
        return parked;
    }

    /** Whether an account's events wait in a processor's queue: its read models are behind until a retry. */
    public boolean isParked(String sequenceIdentifier) {
        return processors().stream().map(this::queue).flatMap(Optional::stream)
                .anyMatch(queue -> queue.contains(sequenceIdentifier));
    }

    /**
     * Tries every parked account of a processor once, each from its oldest event on, and stops an
     * account at the first event that still fails (it stays parked, with the new cause).
     */
    public Retry retry(String processor) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> letters = processing.sequencedDeadLetterProcessor(
                processor);
        long sequences = count(processor).sequences();
        int tried = 0;
        int applied = 0;
        while (letters.isPresent() && tried < sequences) {
            tried++;
            if (letters.get().processAny()) {
                applied++;
            }
        }
        Retry retry = new Retry(processor, tried, applied, count(processor).events());
        log.info("retried the parked events of {}: {}", processor, retry);
        return retry;
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        return processors().contains(processor) ? processing.deadLetterQueue(processor) : Optional.empty();
    }

    private static Parked parked(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String sequence = ((JdbcDeadLetter<?>) letter).getSequenceIdentifier();
        long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        return new Parked(processor, sequence, sequenceNumber, event.getPayloadType().getSimpleName(),
                globalPosition(event), letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(),
                letter.lastTouched(), ParkingPolicy.attempts(letter));
    }

    private static Long globalPosition(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            OptionalLong position = tracked.trackingToken().position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }
}
