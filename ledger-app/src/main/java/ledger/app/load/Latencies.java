package ledger.app.load;

import java.util.Arrays;

/** Every request's latency of one phase, in nanoseconds, and the percentiles the load command prints. */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;

    void add(long latency) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latency;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** {@code percent} of the requests took at most this long, in milliseconds (nearest rank). */
    double percentile(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
