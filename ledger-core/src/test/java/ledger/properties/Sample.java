package ledger.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One generated try: the world (openings, or {@link RefusedRequest}s for refused ones), the first business day and the steps. */
record Sample(List<Object> openings, LocalDate firstDay, List<Step> steps) {

    /** Runs it; a broken invariant or an internal error is thrown as it is. */
    void run(Supplier<SequenceRun.AfterEachCommand> extra, Counts counts) {
        try {
            SequenceRun.run(openings, firstDay, steps, extra.get(), counts);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Throwable> failure(Supplier<SequenceRun.AfterEachCommand> extra) {
        try {
            run(extra, new Counts());
            return Optional.empty();
        } catch (RuntimeException | Error failure) {
            return Optional.of(failure);
        }
    }

    Sample without(int step) {
        List<Step> fewer = new ArrayList<>(steps);
        fewer.remove(step);
        return new Sample(openings, firstDay, fewer);
    }

    /** One opening and one step a line, as records a reader can replay by hand. */
    @Override
    public String toString() {
        return openings.stream().map(String::valueOf).collect(Collectors.joining(System.lineSeparator()))
                + System.lineSeparator() + "first day " + firstDay + ", " + steps.size() + " steps:"
                + steps.stream().map(step -> System.lineSeparator() + "  " + step).collect(Collectors.joining());
    }
}
