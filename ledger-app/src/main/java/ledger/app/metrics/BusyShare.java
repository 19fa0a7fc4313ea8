package ledger.app.metrics;

import io.micrometer.core.instrument.Clock;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The share of the last ten minutes that an event processor spent handling one type of message, Axon's
 * {@code capacity} (1 means one thread busy all the time). The handling times are summed in slots of ten
 * seconds, so the window moves in steps of ten seconds; Axon keeps every handling time instead.
 */
final class BusyShare {

    static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final long SLOT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int SLOTS = (int) (WINDOW_NANOS / SLOT_NANOS);

    private final Clock clock;
    /** Which ten seconds each slot sums: its number since the clock's origin. */
    private final long[] slotPeriod = new long[SLOTS];
    private final long[] busyNanos = new long[SLOTS];

    BusyShare(Clock clock) {
        this.clock = clock;
        Arrays.fill(slotPeriod, Long.MIN_VALUE);
    }

    synchronized void add(long nanos) {
        long period = Math.floorDiv(clock.monotonicTime(), SLOT_NANOS);
        int slot = (int) Math.floorMod(period, SLOTS);
        if (slotPeriod[slot] != period) {
            slotPeriod[slot] = period;
            busyNanos[slot] = 0;
        }
        busyNanos[slot] += nanos;
    }

    synchronized double share() {
        long current = Math.floorDiv(clock.monotonicTime(), SLOT_NANOS);
        long sum = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (slotPeriod[slot] > current - SLOTS) {
                sum += busyNanos[slot];
            }
        }
        return (double) sum / WINDOW_NANOS;
    }
}
