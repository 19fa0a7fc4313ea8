package ledger.properties;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.quicktheories.QuickTheory;

/**
 * Runs a number of tries of generated sequences with QuickTheories, each a {@link SequenceRun}. The
 * seed comes from the system property {@value #SEED} when given (so {@code -DQT_SEED=...} replays a
 * run); else, under CI (environment {@code CI=true}), it is {@value #CI_SEED}, so that a submission is
 * judged on the same sequences every time, and on a developer's machine it comes from the clock, so
 * that each run explores new ones. It is printed with every run and in every failure. QuickTheories shrinks
 * the random draws behind a failing sample (smaller amounts, earlier days, simpler kinds of step) for
 * at most {@value #SHRINK_CYCLES} attempts, as its default of 100,000 would take hours; it cannot
 * drop a step from the middle of a list, so {@link #withFewerSteps} then does.
 */
final class SequenceTries {

    static final String SEED = "QT_SEED";
    static final long CI_SEED = 20_261_201L;
    /** At some 50 ms a sequence, under a minute. */
    static final int SHRINK_CYCLES = 1_000;

    private SequenceTries() {
    }

    /** Fails, with the shrunk sample, its seed and its transcript, when a try breaks an invariant. */
    static void check(String property, int tries, Supplier<SequenceRun.AfterEachCommand> extra) {
        long seed = Long.getLong(SEED, "true".equalsIgnoreCase(System.getenv("CI")) ? CI_SEED : System.nanoTime());
        Counts counts = new Counts();
        AtomicReference<Sample> lastFailing = new AtomicReference<>();
        try {
            QuickTheory.qt().withFixedSeed(seed).withExamples(tries).withShrinkCycles(SHRINK_CYCLES)
                    .forAll(LedgerSequences.openings(), LedgerSequences.firstDays(), LedgerSequences.steps())
                    .checkAssert((openings, firstDay, steps) -> {
                        Sample sample = new Sample(openings, firstDay, steps);
                        try {
                            sample.run(extra, counts);
                        } catch (RuntimeException | Error failure) {
                            // QuickTheories keeps every failing shrink it tries: the last one is its smallest
                            lastFailing.set(sample);
                            throw failure;
                        }
                    });
        } catch (AssertionError falsified) {
            if (lastFailing.get() == null) {
                throw falsified;
            }
            Sample smallest = withFewerSteps(lastFailing.get(), extra);
            throw new AssertionError(property + " fails, seed " + seed + " (-D" + SEED + "=" + seed
                    + " replays the run), shrunk to:" + System.lineSeparator() + smallest,
                    smallest.failure(extra).orElseThrow());
        }
        System.out.println(property + ": " + tries + " tries passed, seed " + seed + " (-D" + SEED + "=" + seed
                + " replays them)" + System.lineSeparator() + counts);
    }

    /** Drops steps one at a time, the last first, while the sample still fails; again until none can go. */
    private static Sample withFewerSteps(Sample failing, Supplier<SequenceRun.AfterEachCommand> extra) {
        Sample smallest = failing;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int step = smallest.steps().size() - 1; step >= 0; step--) {
                Sample fewer = smallest.without(step);
                if (fewer.failure(extra).isPresent()) {
                    smallest = fewer;
                    dropped = true;
                }
            }
        }
        return smallest;
    }
}
