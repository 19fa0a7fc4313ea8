package ledger.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Axon's {@code latency} gauge of an event processor, tagged {@code processorName}: how much older, in
 * milliseconds, the last event it finished is than the last event it received. Registered once.
 */
final class ProcessorLatency implements MessageMonitor<EventMessage<?>> {

    private final AtomicLong lastReceived = new AtomicLong(-1);
    private final AtomicLong lastProcessed = new AtomicLong(-1);

    ProcessorLatency(String prefix, String processorName, MeterRegistry registry) {
        Gauge.builder(prefix + ".latency", this, ProcessorLatency::millis)
                .tags(TagsUtil.PROCESSOR_NAME_TAG, processorName).register(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        long timestamp = message.getTimestamp().toEpochMilli();
        lastReceived.accumulateAndGet(timestamp, Math::max);
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                finished(timestamp);
            }

            @Override
            public void reportFailure(Throwable cause) {
                finished(timestamp);
            }

            @Override
            public void reportIgnored() {
                finished(timestamp);
            }
        };
    }

    private void finished(long timestamp) {
        lastProcessed.accumulateAndGet(timestamp, Math::max);
    }

    private double millis() {
        long received = lastReceived.get();
        long processed = lastProcessed.get();
        return received == -1 || processed == -1 ? 0 : received - processed;
    }
}
