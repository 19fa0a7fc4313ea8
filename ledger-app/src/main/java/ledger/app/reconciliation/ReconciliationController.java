package ledger.app.reconciliation;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    private final InstitutionReconciliation reconciliation;

    ReconciliationController(InstitutionReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping
    DailyTotals day(@PathVariable String institutionId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        return reconciliation.day(institutionId, date);
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
                .body(reconciliation.day(institutionId, date).csv());
    }

    /** The institution's CSV of its settlements of the day against the ledger's; nothing is changed. */
    @PostMapping(consumes = TEXT_CSV)
    DayReconciliation compare(@PathVariable String institutionId,
                              @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                              @RequestBody String file) {
        return reconciliation.compare(institutionId, date, file);
    }
}
