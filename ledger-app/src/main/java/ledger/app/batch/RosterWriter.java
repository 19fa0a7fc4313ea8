package ledger.app.batch;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import ledger.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.batch.item.Chunk;

/**
 * Credits active employees from their roster lines. A line is rejected, with its number and reason,
 * when it is malformed, for another period, a repeat of an earlier line, or refused by the rules.
 */
class RosterWriter extends CreditWriter<RosterLine> {

    private final Set<String> seenInThisRun = new HashSet<>();

    RosterWriter(CommandGateway commands) {
        super(commands);
    }

    @Override
    public void write(Chunk<? extends RosterLine> lines) {
        for (RosterLine line : lines) {
            String problem = problemWith(line);
            if (problem != null) {
                counters().rejected(line.lineNumber(), line.personId(), problem);
            } else {
                credit(line.lineNumber(), line.personId(), Money.parse(line.field(2)));
            }
        }
    }

    private String problemWith(RosterLine line) {
        if (line.fields().size() != RosterLine.FIELDS) {
            return "a roster line has " + RosterLine.FIELDS + " fields (personId,period,contributionBase,collectedOn); "
                    + "this one has " + line.fields().size();
        }
        if (line.personId().isEmpty()) {
            return "personId is empty";
        }
        if (!line.field(1).equals(parameters().period().toString())) {
            return "line is for period \"" + line.field(1) + "\", this run credits " + parameters().period();
        }
        String malformed = malformed(line);
        if (malformed != null) {
            return malformed;
        }
        return seenInThisRun.add(line.personId()) ? null : "duplicate line: " + line.personId() + " appears earlier in the roster";
    }

    private static String malformed(RosterLine line) {
        try {
            if (Money.parse(line.field(2)).isZero()) {
                return "contributionBase must be above 0.00";
            }
            LocalDate.parse(line.field(3));
            return null;
        } catch (RuntimeException e) {
            return "malformed line: " + e.getMessage();
        }
    }
}
