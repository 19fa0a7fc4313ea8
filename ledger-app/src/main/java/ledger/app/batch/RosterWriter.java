package ledger.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ledger.limits.DateRange;
import ledger.money.Money;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.Chunk;

/**
 * Credits active employees from their roster lines. A line for an earlier month collected late (补缴,
 * 000 Q16) is credited in the same run as a back-filled credit (111). A line is rejected, with its
 * number and reason, when it is malformed, for a later period, collected after the allocation date, a
 * repeat of an earlier line for the same person and period, or refused by the rules.
 */
class RosterWriter extends CreditWriter<RosterLine> {

    /** The key under which the roster reader saves how many lines it has read. */
    static final String READ_COUNT = "rosterLines.read.count";

    private final Set<String> seenInThisRun = new HashSet<>();

    RosterWriter(ChunkCredits chunkCredits) {
        super(chunkCredits);
    }

    /** On a restart the reader skips the lines read before; their persons still count as seen. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        super.beforeStep(stepExecution);
        Object saved = stepExecution.getExecutionContext().get(READ_COUNT);
        long alreadyRead = saved instanceof Number count ? count.longValue() : 0L;
        if (alreadyRead > 0) {
            try (Stream<String> lines = Files.lines(Path.of(parameters().roster()))) {
                lines.skip(1).limit(alreadyRead).map(line -> RosterLine.of(0, line)).map(RosterWriter::personAndPeriod)
                        .forEach(seenInThisRun::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the roster " + parameters().roster() + " cannot be read again", e);
            }
        }
    }

    @Override
    public void write(Chunk<? extends RosterLine> lines) {
        List<ChunkCredits.Credit> credits = new ArrayList<>();
        List<CreditOutcome> rejected = new ArrayList<>();
        for (RosterLine line : lines) {
            String problem = problemWith(line);
            if (problem != null) {
                rejected.add(CreditOutcome.rejected(line.lineNumber(), line.personId(), problem));
            } else {
                credits.add(new ChunkCredits.Credit(line.lineNumber(), line.personId(), Money.parse(line.field(2)),
                        YearMonth.parse(line.field(1))));
            }
        }
        credit(credits, rejected);
    }

    private String problemWith(RosterLine line) {
        if (line.isTooLong()) {
            return "a roster line is at most " + RosterLine.MAX_LENGTH + " characters; this one has "
                    + line.overLength() + " and is not kept";
        }
        if (line.fields().size() != RosterLine.FIELDS) {
            return "a roster line has " + RosterLine.FIELDS + " fields (personId,period,contributionBase,collectedOn); "
                    + "this one has " + line.fields().size();
        }
        if (line.personId().isEmpty()) {
            return "personId is empty";
        }
        String malformed = malformed(line);
        if (malformed != null) {
            return malformed;
        }
        String outOfRun = outOfRun(YearMonth.parse(line.field(1)), LocalDate.parse(line.field(3)));
        if (outOfRun != null) {
            return outOfRun;
        }
        return seenInThisRun.add(personAndPeriod(line)) ? null : "duplicate line: " + line.personId() + " for "
                + line.field(1) + " appears earlier in the roster";
    }

    /** The run's month, or an earlier one collected late by the allocation date (补缴, 000 Q16). */
    private String outOfRun(YearMonth period, LocalDate collectedOn) {
        if (period.isAfter(parameters().period())) {
            return "line is for period \"" + period + "\", after the " + parameters().period() + " this run credits";
        }
        if (period.isBefore(parameters().period()) && collectedOn.isAfter(parameters().allocationDate())) {
            return "line for the earlier period " + period + " was collected on " + collectedOn + ", after this run's "
                    + "allocation date " + parameters().allocationDate() + ": a late month is credited once collected";
        }
        return null;
    }

    private static String personAndPeriod(RosterLine line) {
        return line.personId() + "," + line.field(1);
    }

    private static String malformed(RosterLine line) {
        try {
            if (Money.parse(line.field(2)).isZero()) {
                return "contributionBase must be above 0.00";
            }
            DateRange.check("period", YearMonth.parse(line.field(1)));
            LocalDate.parse(line.field(3));
            return null;
        } catch (RuntimeException e) {
            return "malformed line: " + e.getMessage();
        }
    }
}
