package ledger.app.console.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import ledger.app.audit.AuditTrail;
import ledger.app.config.LedgerProperties;
import ledger.app.console.FormAttempt;
import ledger.app.console.TypedDate;
import ledger.policy.PolicyCatalog;
import ledger.refusal.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages: an account's events as a timeline, its replay to a date and its verification. */
@Controller
class AuditPages {

    /** Events shown per page of the timeline; the balances after each are replayed over the whole history. */
    static final int PAGE_SIZE = 100;

    private final AuditTrail trail;
    private final PolicyCatalog policies;
    private final FormAttempt attempt;
    private final LedgerProperties properties;

    AuditPages(AuditTrail trail, PolicyCatalog policies, FormAttempt attempt, LedgerProperties properties) {
        this.trail = trail;
        this.policies = policies;
        this.attempt = attempt;
        this.properties = properties;
    }

    @GetMapping("/console/audit")
    String start(@RequestParam(required = false) String personId, Model model) {
        if (personId != null && !personId.isBlank()) {
            return "redirect:/console/audit/accounts/" + personId.strip();
        }
        model.addAttribute("regions", policies.regionNames());
        return "console/audit/start";
    }

    @GetMapping("/console/audit/accounts/{personId}")
    String account(@PathVariable String personId, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String recordedBefore,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("verification", trail.verify(personId));
        List<TimelineRow> timeline = TimelineRow.of(trail.history(personId));
        int pages = Math.max(1, (timeline.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("timeline", timeline.subList(shown * PAGE_SIZE, Math.min(timeline.size(), (shown + 1) * PAGE_SIZE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        if (asOf != null && !asOf.isBlank()) {
            attempt.run(model, "replay", () -> {
                model.addAttribute("replay", trail.balanceAsOf(personId, TypedDate.required(asOf),
                        instant(recordedBefore)));
                return null;
            }, () -> null);
        }
        return "console/audit/account";
    }

    /** An instant with its offset, or a local date and time in the ledger's zone, as an auditor types it. */
    private Instant instant(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(properties.timeZone()).toInstant();
            } catch (DateTimeException neither) {
                throw new InvalidInput("invalid-instant", "recordedBefore is an instant such as "
                        + "2024-06-01T08:00+08:00 (or a local time of the ledger's zone); got \"" + typed + "\"");
            }
        }
    }
}
