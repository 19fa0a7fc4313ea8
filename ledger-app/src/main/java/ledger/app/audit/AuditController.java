package ledger.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import ledger.limits.DateRange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' endpoints (domain-rules §9): read-only, answered from the raw event store. */
@RestController
@RequestMapping("/api/v1/audit/accounts/{personId}")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    record EventList(List<AuditTrail.EventEntry> events) {
    }

    @GetMapping("/events")
    EventList events(@PathVariable String personId) {
        return new EventList(trail.history(personId));
    }

    @GetMapping("/balance")
    AuditTrail.BalanceAsOf balance(@PathVariable String personId,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedBefore) {
        DateRange.check("asOf", asOf);
        if (recordedBefore != null) {
            DateRange.check("recordedBefore", recordedBefore.atOffset(ZoneOffset.UTC));
        }
        return trail.balanceAsOf(personId, asOf, recordedBefore);
    }

    @GetMapping("/verification")
    AuditTrail.Verification verification(@PathVariable String personId) {
        return trail.verify(personId);
    }
}
