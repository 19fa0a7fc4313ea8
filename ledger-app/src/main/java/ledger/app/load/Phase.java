package ledger.app.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of the load: {@code connections} threads, each sending one request after the other (a closed
 * loop, as a settlement system's workers do), for a warm-up that is not counted and then for the measured
 * seconds. Every request that does not answer 2xx, or does not answer, counts as an error.
 */
final class Phase {

    interface Request {
        LoadTarget.Answer send(int worker, long n) throws Exception;
    }

    record Result(String name, int connections, double seconds, Latencies latencies, Map<String, Long> errors) {

        double perSecond() {
            return latencies.count() / seconds;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        String line() {
            return String.format("%-34s %3d connections %,9d in %5.1f s = %,8.1f/s; p50 %6.1f ms, p90 %6.1f ms, "
                            + "p99 %6.1f ms, max %7.1f ms; errors %d %s", name, connections, latencies.count(), seconds,
                    perSecond(), latencies.percentile(50), latencies.percentile(90), latencies.percentile(99),
                    latencies.percentile(100), errorCount(), errors.isEmpty() ? "" : errors);
        }
    }

    private Phase() {
    }

    static Result run(String name, int connections, int warmupSeconds, int seconds, Request request)
            throws Exception {
        long measuredFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long until = measuredFrom + seconds * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Worker>> running = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                Worker worker = new Worker(w);
                running.add(workers.submit(() -> worker.run(request, sequence, measuredFrom, until)));
            }
            Latencies all = new Latencies();
            Map<String, Long> errors = new TreeMap<>();
            for (Future<Worker> finished : running) {
                Worker worker = finished.get();
                all.addAll(worker.latencies);
                worker.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
            }
            return new Result(name, connections, seconds, all, errors);
        } finally {
            workers.shutdownNow();
        }
    }

    private static final class Worker {

        private final int index;
        private final Latencies latencies = new Latencies();
        private final Map<String, Long> errors = new TreeMap<>();

        Worker(int index) {
            this.index = index;
        }

        Worker run(Request request, AtomicLong sequence, long measuredFrom, long until) {
            for (long start = System.nanoTime(); start < until; start = System.nanoTime()) {
                String error = send(request, sequence.incrementAndGet());
                long end = System.nanoTime();
                if (start >= measuredFrom && end <= until) {
                    latencies.add(end - start);
                    if (error != null) {
                        errors.merge(error, 1L, Long::sum);
                    }
                }
            }
            return this;
        }

        private String send(Request request, long n) {
            try {
                int status = request.send(index, n).status();
                return status / 100 == 2 ? null : String.valueOf(status);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } catch (Exception failed) {
                return failed.getClass().getSimpleName();
            }
        }
    }
}
