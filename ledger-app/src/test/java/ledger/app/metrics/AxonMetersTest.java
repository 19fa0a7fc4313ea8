package ledger.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

class AxonMetersTest {

    private static final String PROCESSOR = "account-read-models";
    private static final Tags CREDITED = Tags.of("payloadType", "Credited", "processorName", PROCESSOR);

    /** A payload type of our own, so that the tag reads as it would for an event of the ledger. */
    record Credited(long fen) {
    }

    private final MockClock clock = new MockClock();
    private final MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    @Test
    void anEventProcessorsMetersCountAndTimeEachOutcome() {
        MessageMonitor<Message<?>> monitor = readModelsMonitor();

        handle(monitor, new Credited(1), Outcome.SUCCESS, Duration.ofMillis(5));
        handle(monitor, new Credited(2), Outcome.FAILURE, Duration.ofMillis(7));
        handle(monitor, new Credited(3), Outcome.IGNORED, Duration.ofMillis(3));

        assertThat(count("eventProcessor.ingestedCounter")).isEqualTo(3);
        assertThat(count("eventProcessor.successCounter")).isEqualTo(1);
        assertThat(count("eventProcessor.failureCounter")).isEqualTo(1);
        assertThat(count("eventProcessor.processedCounter")).isEqualTo(2);
        assertThat(count("eventProcessor.ignoredCounter")).isEqualTo(1);
        assertThat(registry.get("eventProcessor.allTimer").tags(CREDITED).timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(15);
        assertThat(registry.get("eventProcessor.successTimer").tags(CREDITED).timer().count()).isEqualTo(1);
        assertThat(registry.get("eventProcessor.failureTimer").tags(CREDITED).timer().count()).isEqualTo(1);
        assertThat(registry.get("eventProcessor.ignoredTimer").tags(CREDITED).timer().count()).isEqualTo(1);
        assertThat(registry.get("eventProcessor.latency").tags("processorName", PROCESSOR).gauge()).isNotNull();
    }

    @Test
    void capacityIsTheShareOfTheLastTenMinutesSpentHandling() {
        MessageMonitor<Message<?>> monitor = readModelsMonitor();

        handle(monitor, new Credited(1), Outcome.SUCCESS, Duration.ofSeconds(30));
        handle(monitor, new Credited(2), Outcome.SUCCESS, Duration.ofSeconds(30));
        assertThat(capacity()).isEqualTo(0.1);

        clock.add(Duration.ofMinutes(10));
        assertThat(capacity()).isZero();
    }

    @Test
    void theMetersHaveAxonsNamesAndTags() {
        for (Class<?> component : new Class<?>[] {TrackingEventProcessor.class, CommandBus.class, EventBus.class}) {
            MeterRegistry axons = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
            String name = component == TrackingEventProcessor.class ? PROCESSOR : component.getSimpleName();
            Message<?> message = component == CommandBus.class ? GenericCommandMessage.asCommandMessage(new Credited(1))
                    : GenericEventMessage.asEventMessage(new Credited(1));

            monitorOf(new GlobalMetricRegistry(axons), component, name).onMessageIngested(message).reportSuccess();
            monitorOf(new AxonMeters(registry, clock), component, name).onMessageIngested(message).reportSuccess();

            assertThat(ids(registry)).as(component.getSimpleName()).isEqualTo(ids(axons));
            registry.clear();
        }
    }

    @Test
    void aMessageTypesMetersAreRegisteredOnce() {
        MessageMonitor<Message<?>> monitor = readModelsMonitor();
        handle(monitor, new Credited(1), Outcome.SUCCESS, Duration.ZERO);
        Set<Meter> first = Set.copyOf(registry.getMeters());

        handle(monitor, new Credited(2), Outcome.SUCCESS, Duration.ZERO);

        assertThat(Set.copyOf(registry.getMeters())).isEqualTo(first);
    }

    private enum Outcome { SUCCESS, FAILURE, IGNORED }

    private void handle(MessageMonitor<Message<?>> monitor, Object payload, Outcome outcome, Duration takes) {
        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage(payload));
        clock.add(takes);
        switch (outcome) {
            case SUCCESS -> callback.reportSuccess();
            case FAILURE -> callback.reportFailure(new IllegalStateException("refused"));
            case IGNORED -> callback.reportIgnored();
            default -> throw new IllegalArgumentException(outcome.toString());
        }
    }

    private MessageMonitor<Message<?>> readModelsMonitor() {
        return monitorOf(new AxonMeters(registry, clock), TrackingEventProcessor.class, PROCESSOR);
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> monitorOf(GlobalMetricRegistry meters, Class<?> component, String name) {
        return (MessageMonitor<Message<?>>) meters.registerComponentWithDefaultTags(component, name);
    }

    private double count(String counter) {
        return registry.get(counter).tags(CREDITED).counter().count();
    }

    private double capacity() {
        return registry.get("eventProcessor.capacity").tags(CREDITED).gauge().value();
    }

    private static Set<String> ids(MeterRegistry registry) {
        return registry.getMeters().stream()
                .map(meter -> meter.getId().getName() + meter.getId().getTags() + meter.getId().getType())
                .collect(Collectors.toSet());
    }
}
