package ledger.app.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * Axon's meters of the command bus, the event store and the event processors, with the names and tags that
 * axon-micrometer gives them ({@code axon.metrics.micrometer.dimensional: true}, docs/operations.md "Monitoring"),
 * but each meter looked up once per message type instead of once per message. Axon's own monitors register
 * eleven meters with the registry at every message and keep every handling time of the last ten minutes for
 * the capacity gauge: about a tenth of a projection's processor time (docs/benchmarks.md). Other components
 * (the query bus) keep Axon's monitors.
 */
public class AxonMeters extends GlobalMetricRegistry {

    static final String EVENT_PROCESSOR = "eventProcessor";

    private final Clock clock;

    public AxonMeters(MeterRegistry registry) {
        this(registry, Clock.SYSTEM);
    }

    AxonMeters(MeterRegistry registry, Clock clock) {
        super(registry);
        this.clock = clock;
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType,
                                                                                 String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            List<MessageMonitor<? super EventMessage<?>>> monitors = List.of(
                    HandlingMeters.ofProcessor(EVENT_PROCESSOR, componentName, getRegistry(), clock),
                    new ProcessorLatency(EVENT_PROCESSOR, componentName, getRegistry()));
            return new MultiMessageMonitor<>(monitors);
        }
        if (CommandBus.class.isAssignableFrom(componentType)) {
            return HandlingMeters.ofBus(componentName, HandlingMeters.Kind.COMMAND_BUS, getRegistry(), clock);
        }
        if (EventBus.class.isAssignableFrom(componentType)) {
            return HandlingMeters.ofBus(componentName, HandlingMeters.Kind.EVENT_BUS, getRegistry(), clock);
        }
        return super.registerComponentWithDefaultTags(componentType, componentName);
    }
}
