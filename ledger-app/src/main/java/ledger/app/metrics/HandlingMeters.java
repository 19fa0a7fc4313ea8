package ledger.app.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;

/**
 * How a component handled each type of message: Axon's four timers ({@code allTimer}, {@code successTimer},
 * {@code failureTimer}, {@code ignoredTimer}), its five counters and, for an event processor and the command
 * bus, its {@code capacity} gauge, tagged {@code payloadType} (and {@code processorName}) as axon-micrometer tags
 * them: the event bus's counters count every type together. The meters of a message type are registered when its
 * first message arrives and reused for every later one.
 */
final class HandlingMeters implements MessageMonitor<Message<?>> {

    /** The percentiles and their window that axon-micrometer's timers publish. */
    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};
    private static final Duration PERCENTILE_WINDOW = Duration.ofMinutes(10);

    /** What axon-micrometer gives each kind of component. */
    enum Kind {
        EVENT_PROCESSOR(true, true), COMMAND_BUS(true, true), EVENT_BUS(false, false);

        private final boolean withCapacity;
        private final boolean countersPerPayloadType;

        Kind(boolean withCapacity, boolean countersPerPayloadType) {
            this.withCapacity = withCapacity;
            this.countersPerPayloadType = countersPerPayloadType;
        }
    }

    private final String prefix;
    private final Tags componentTags;
    private final Kind kind;
    private final MeterRegistry registry;
    private final Clock clock;
    private final ClassValue<Meters> byPayloadType = new ClassValue<>() {
        @Override
        protected Meters computeValue(Class<?> payloadType) {
            return new Meters(componentTags.and(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName()));
        }
    };

    private HandlingMeters(String prefix, Tags componentTags, Kind kind, MeterRegistry registry, Clock clock) {
        this.prefix = prefix;
        this.componentTags = componentTags;
        this.kind = kind;
        this.registry = registry;
        this.clock = clock;
    }

    static HandlingMeters ofProcessor(String prefix, String processorName, MeterRegistry registry, Clock clock) {
        return new HandlingMeters(prefix, Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processorName), Kind.EVENT_PROCESSOR,
                registry, clock);
    }

    static HandlingMeters ofBus(String busName, Kind kind, MeterRegistry registry, Clock clock) {
        return new HandlingMeters(busName, Tags.empty(), kind, registry, clock);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = byPayloadType.get(message.getPayloadType());
        meters.ingested.increment();
        long start = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                meters.processed.increment();
                meters.succeeded.increment();
                meters.handled(meters.successTimer, start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                meters.processed.increment();
                meters.failed.increment();
                meters.handled(meters.failureTimer, start);
            }

            @Override
            public void reportIgnored() {
                meters.ignored.increment();
                meters.handled(meters.ignoredTimer, start);
            }
        };
    }

    /** One message type's meters. */
    private final class Meters {
        private final Timer allTimer;
        private final Timer successTimer;
        private final Timer failureTimer;
        private final Timer ignoredTimer;
        private final Counter ingested;
        private final Counter succeeded;
        private final Counter failed;
        private final Counter processed;
        private final Counter ignored;
        private final BusyShare busy;

        private Meters(Tags tags) {
            allTimer = timer("allTimer", tags);
            successTimer = timer("successTimer", tags);
            failureTimer = timer("failureTimer", tags);
            ignoredTimer = timer("ignoredTimer", tags);
            Tags counted = kind.countersPerPayloadType ? tags : componentTags;
            ingested = registry.counter(prefix + ".ingestedCounter", counted);
            succeeded = registry.counter(prefix + ".successCounter", counted);
            failed = registry.counter(prefix + ".failureCounter", counted);
            processed = registry.counter(prefix + ".processedCounter", counted);
            ignored = registry.counter(prefix + ".ignoredCounter", counted);
            busy = kind.withCapacity ? new BusyShare(clock) : null;
            if (busy != null) {
                Gauge.builder(prefix + ".capacity", busy, BusyShare::share).tags(tags).register(registry);
            }
        }

        private Timer timer(String name, Tags tags) {
            return Timer.builder(prefix + "." + name).distributionStatisticExpiry(PERCENTILE_WINDOW)
                    .publishPercentiles(PERCENTILES).tags(tags).register(registry);
        }

        private void handled(Timer outcome, long start) {
            long nanos = clock.monotonicTime() - start;
            allTimer.record(nanos, TimeUnit.NANOSECONDS);
            outcome.record(nanos, TimeUnit.NANOSECONDS);
            if (busy != null) {
                busy.add(nanos);
            }
        }
    }
}
