package ledger.app.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import ledger.app.projections.Projections.ProcessorStatus;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

/**
 * Where each event processor stands in the event store, as gauges: its position (global index) and
 * how many events it is behind the head. Axon's own {@code eventProcessor_latency} says how old the
 * events it handles are; these say how much work is left, which is what a rebuild's progress is.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private final Projections projections;
    private final EventProcessingConfiguration processing;

    ProjectionMetrics(Projections projections, EventProcessingConfiguration processing) {
        this.projections = projections;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().keySet().forEach(name -> {
            gauge(registry, "ledger.projections.position", name, status -> status.position() == null ? -1
                    : status.position());
            gauge(registry, "ledger.projections.lag.events", name, status -> status.position() == null
                    ? status.headPosition() + 1 : status.headPosition() - status.position());
        });
    }

    private void gauge(MeterRegistry registry, String meter, String processor, ToDoubleFunction<ProcessorStatus> value) {
        Gauge.builder(meter, projections, p -> p.statuses().stream().filter(s -> s.name().equals(processor))
                        .findFirst().map(value::applyAsDouble).orElse(Double.NaN))
                .tag("processor", processor).register(registry);
    }
}
