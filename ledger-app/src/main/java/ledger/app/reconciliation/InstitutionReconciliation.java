package ledger.app.reconciliation;

import java.time.LocalDate;
import java.util.List;
import ledger.projections.reconciliation.InstitutionDays;
import ledger.projections.reconciliation.InstitutionDays.Line;
import ledger.refusal.RuleRefusal;
import org.springframework.stereotype.Service;

/** What the ledger booked for an institution on a day, and how the institution's own file compares with it. */
@Service
class InstitutionReconciliation {

    private final InstitutionDays days;

    InstitutionReconciliation(InstitutionDays days) {
        this.days = days;
    }

    DailyTotals day(String institutionId, LocalDate date) {
        return DailyTotals.of(institutionId, date, days.totals(institutionId, date), lines(institutionId, date));
    }

    /** Each settlement line of the day matched against the institution's file: what is missing on either side. */
    DayReconciliation compare(String institutionId, LocalDate date, String file) {
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
