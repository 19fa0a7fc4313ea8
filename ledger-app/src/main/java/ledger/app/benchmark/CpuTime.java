package ledger.app.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Processor time spent by the calling thread and by the whole process since {@link #start}, and the
 * time the collector spent. On a shared machine the wall-clock rate varies from run to run with the
 * neighbours' load; the processor time per item varies much less, so it tells whether a change made
 * the work itself cheaper.
 */
record CpuTime(long threadStart, long processStart, long collectorStart) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static CpuTime start() {
        return new CpuTime(THREADS.getCurrentThreadCpuTime(), processNanos(), collectorMillis());
    }

    String perItem(long items, String item) {
        double thread = (THREADS.getCurrentThreadCpuTime() - threadStart) / 1e3 / items;
        double process = (processNanos() - processStart) / 1e3 / items;
        double collector = (collectorMillis() - collectorStart) * 1e3 / items;
        return String.format("per %s: %.1f µs processor time on the calling thread, %.1f µs in the whole process; "
                + "%.1f µs of garbage collection", item, thread, process, collector);
    }

    private static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long collectorMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
