package ledger.app.projections;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild the read models, watch them catch up, and inspect and retry the events they parked. */
@RestController
@RequestMapping("/api/v1/projections")
class ProjectionController {

    /** Parked events listed at most per processor. */
    static final int DEAD_LETTER_LIMIT = 1_000;

    private final Projections projections;
    private final DeadLetters deadLetters;

    ProjectionController(Projections projections, DeadLetters deadLetters) {
        this.projections = projections;
        this.deadLetters = deadLetters;
    }

    record Rebuilding(List<String> rebuilding) {
    }

    record ProjectionList(List<Projections.ProcessorStatus> projections) {
    }

    record Retried(List<DeadLetters.Retry> retried) {
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Rebuilding rebuild() {
        return new Rebuilding(projections.rebuildAll());
    }

    @GetMapping
    ProjectionList status() {
        return new ProjectionList(projections.statuses());
    }

    record DeadLetterList(List<DeadLetters.Count> counts, List<DeadLetters.Parked> deadLetters, int limit) {
    }

    @GetMapping("/dead-letters")
    DeadLetterList deadLetters() {
        return new DeadLetterList(deadLetters.processors().stream().map(deadLetters::count).toList(),
                deadLetters.processors().stream()
                        .flatMap(processor -> deadLetters.list(processor, DEAD_LETTER_LIMIT).stream()).toList(),
                DEAD_LETTER_LIMIT);
    }

    /** Tries every parked account once, oldest event first; what still fails stays parked with its cause. */
    @PostMapping("/dead-letters/retry")
    Retried retry() {
        return new Retried(deadLetters.processors().stream().map(deadLetters::retry).toList());
    }
}
