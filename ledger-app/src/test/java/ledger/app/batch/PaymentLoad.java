package ledger.app.batch;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;

/**
 * Payments sent one after another by one thread per payer until the ledger dies under them. Each
 * payment is either acknowledged (201) or, when the connection broke, in flight: its fate is unknown
 * to the settlement system, which sends it again with the same id.
 */
final class PaymentLoad implements AutoCloseable {

    private static final AtomicInteger SENT = new AtomicInteger();

    private final List<PaymentToMake> acknowledged = new ArrayList<>();
    private final List<PaymentToMake> inFlight = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private final ExecutorService threads;
    private volatile boolean stopped;

    private PaymentLoad(int payers) {
        threads = Executors.newFixedThreadPool(payers);
    }

    /** Starts paying small random amounts from each payer's account. */
    static PaymentLoad start(LedgerHttp http, List<String> payers, long seed) {
        PaymentLoad load = new PaymentLoad(payers.size());
        PaymentSteps payments = new PaymentSteps(http);
        for (int i = 0; i < payers.size(); i++) {
            String payer = payers.get(i);
            Random random = new Random(seed + i);
            load.threads.submit(() -> load.pay(payments, payer, random));
        }
        return load;
    }

    private void pay(PaymentSteps payments, String payer, Random random) {
        while (!stopped) {
            PaymentToMake payment = PaymentToMake.of(payer, (1 + random.nextInt(9)) + "." + (10 + random.nextInt(90)))
                    .withPaymentId("kill-" + SENT.incrementAndGet() + "-" + payer);
            HttpAnswer answer;
            try {
                answer = payments.pay(payment);
            } catch (UncheckedIOException broken) {
                record(inFlight, payment);
                return;
            }
            if (answer.status() == 201) {
                record(acknowledged, payment);
            } else {
                record(unexpected, answer.toString());
                return;
            }
        }
    }

    private synchronized <T> void record(List<T> list, T item) {
        list.add(item);
        notifyAll();
    }

    /** Waits until this many payments were acknowledged; false if that took longer than {@code atMost}. */
    synchronized boolean awaitAcknowledged(int count, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (acknowledged.size() < count && unexpected.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return unexpected.isEmpty();
    }

    synchronized List<PaymentToMake> acknowledged() {
        return List.copyOf(acknowledged);
    }

    synchronized List<PaymentToMake> inFlight() {
        return List.copyOf(inFlight);
    }

    /** Answers other than 201 (none are expected: the payers have money and each pays alone). */
    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** Stops sending and waits for the threads, whose last request failed once the ledger died. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        threads.shutdown();
        if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
            throw new IllegalStateException("payment threads still sending 60 s after the stop");
        }
    }
}
