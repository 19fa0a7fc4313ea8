package ledger.app.projections;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a read-model processor, does something while it is stopped (a reset of its tokens), and starts it
 * again: the way a rebuild restarts a processor (the benchmark, which stops it for longer, calls
 * {@link #giveBackLostThreads} after its shutdowns).
 * <p>
 * Axon 4.13's {@link TrackingEventProcessor} loses a thread when it is shut down while its worker launcher
 * claims the last segment it has a thread for: the launcher frees that segment without handing the thread
 * back ({@code WorkerLauncher.cleanUp}, AxonFramework issue #2848). Started again, the processor claims one
 * segment fewer, for good, and nobody on this node ever replays that segment: a rebuild asked for right after
 * the start never ended. After the shutdown every thread is idle again, so the count is set back to the
 * processor's capacity.
 */
public final class ProcessorRestart {

    private static final Logger log = LoggerFactory.getLogger(ProcessorRestart.class);

    private ProcessorRestart() {
    }

    interface WhileStopped {
        void run() throws InterruptedException;
    }

    /** The processor is started again whatever happens: a failed step must never leave the read models stopped. */
    static void restart(StreamingEventProcessor processor, WhileStopped step) throws InterruptedException {
        processor.shutDown();
        giveBackLostThreads(processor);
        try {
            step.run();
        } finally {
            processor.start();
        }
    }

    /** Call after {@code shutDown()}: sets a tracking processor's free threads back to its capacity. */
    public static void giveBackLostThreads(StreamingEventProcessor processor) {
        if (!(processor instanceof TrackingEventProcessor tracking) || tracking.activeProcessorThreads() > 0) {
            return;
        }
        int lost = tracking.maxCapacity() - tracking.availableProcessorThreads();
        if (lost > 0) {
            log.info("{} lost {} of its threads in its shutdown (AxonFramework #2848); given back",
                    tracking.getName(), lost);
            availableThreads(tracking).addAndGet(lost);
        }
    }

    private static AtomicInteger availableThreads(TrackingEventProcessor processor) {
        try {
            Field field = TrackingEventProcessor.class.getDeclaredField("availableThreads");
            field.setAccessible(true);
            return (AtomicInteger) field.get(processor);
        } catch (ReflectiveOperationException changedAxon) {
            throw new IllegalStateException("Axon's TrackingEventProcessor no longer counts its threads in "
                    + "availableThreads: check whether AxonFramework #2848 is fixed and remove this repair", changedAxon);
        }
    }
}
