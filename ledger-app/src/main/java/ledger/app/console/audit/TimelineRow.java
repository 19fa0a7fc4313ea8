package ledger.app.console.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ledger.app.audit.AuditTrail.EventEntry;

/**
 * One event of the auditor's timeline: the trail's entry, the money it moved (the change of the balance
 * the trail replayed, so nothing is recomputed here) and the rule its payload names.
 */
record TimelineRow(EventEntry event, String amount, String rule) {

    static List<TimelineRow> of(List<EventEntry> events) {
        List<TimelineRow> rows = new ArrayList<>(events.size());
        BigDecimal before = BigDecimal.ZERO.setScale(2);
        for (EventEntry event : events) {
            BigDecimal after = new BigDecimal(event.balanceAfter().total());
            BigDecimal moved = after.subtract(before);
            rows.add(new TimelineRow(event, moved.signum() == 0 ? null : moved.toPlainString(), ruleOf(event.payload())));
            before = after;
        }
        return rows;
    }

    /** Events name their rule as {@code ruleId}, some inside the {@code basis} they were computed on. */
    private static String ruleOf(JsonNode payload) {
        JsonNode rule = payload.path("ruleId");
        if (rule.isMissingNode()) {
            rule = payload.path("basis").path("ruleId");
        }
        return rule.isTextual() ? rule.asText() : null;
    }
}
