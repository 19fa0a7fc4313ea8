package ledger.app.reconciliation;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import ledger.projections.reconciliation.InstitutionDays;
import ledger.projections.reconciliation.InstitutionDays.Line;
import ledger.refusal.RuleRefusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily reconciliation with each designated institution (AUDITOR, OPERATOR): what the ledger
 * booked for it on a day, as JSON or as the CSV file, and the mismatches against the institution's
 * own file of its settlements (docs/operations.md#daily-reconciliation-per-institution).
 */
@RestController
@RequestMapping("/api/v1/reconciliation/institutions/{institutionId}/days/{date}")
class ReconciliationController {

    static final String TEXT_CSV = "text/csv";

    private final InstitutionDays days;

    ReconciliationController(InstitutionDays days) {
        this.days = days;
    }

    @GetMapping
    DailyTotals day(@PathVariable String institutionId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        return DailyTotals.of(institutionId, date, days.totals(institutionId, date), lines(institutionId, date));
    }

    /** The same day as the file; springdoc merges both GETs into one operation, this names the parameter. */
    @GetMapping(params = "format=csv")
    @Parameter(name = "format", in = ParameterIn.QUERY, required = false,
            description = "csv: the day as a CSV file (text/csv) instead of JSON",
            schema = @Schema(type = "string", allowableValues = "csv"))
    ResponseEntity<String> file(@PathVariable String institutionId,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reconciliation-"
                        + institutionId.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + date + ".csv\"")
                .body(day(institutionId, date).csv());
    }

    /** The institution's CSV of its settlements of the day against the ledger's; nothing is changed. */
    @PostMapping(consumes = TEXT_CSV)
    DayReconciliation compare(@PathVariable String institutionId,
                              @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                              @RequestBody String file) {
        List<Line> settlements = lines(institutionId, date).stream()
                .filter(line -> DailyTotals.SETTLEMENT.equals(line.kind())).toList();
        return DayReconciliation.of(settlements, InstitutionFile.settlements(file));
    }

    private List<Line> lines(String institutionId, LocalDate date) {
        List<Line> lines = days.lines(institutionId, date);
        if (lines.size() > InstitutionDays.MAX_LINES) {
            throw new RuleRefusal("day-too-large", "institution " + institutionId + " has more than "
                    + InstitutionDays.MAX_LINES + " bookings on " + date + ", more than one answer may list");
        }
        return lines;
    }
}
