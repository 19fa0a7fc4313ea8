package ledger.app.batch;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.NoSuchStepException;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The monthly run across nodes (ADR 24), on when {@code ledger.batch.partitions} is above 1: Spring
 * Batch's remote partitioning over RabbitMQ ({@code spring.rabbitmq.*}). The node a run is started on
 * manages it; every node, that one too, takes one partition at a time from one durable queue and
 * acknowledges it when the partition has ended, so the partitions of a node that dies go back to the
 * queue and to another node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${ledger.batch.partitions:1} > 1")
class PartitionedMonthlyCredits {

    /** The only class a partition request carries (Java serialization, as Spring Batch sends it). */
    private static final List<String> REQUEST_CLASSES = List.of(StepExecutionRequest.class.getName(), "java.lang.*");

    @Bean
    Queue creditPartitionQueue(@Value("${ledger.batch.partition-queue}") String name) {
        return QueueBuilder.durable(name).build();
    }

    @Bean
    DirectChannel creditPartitionRequests() {
        return new DirectChannel();
    }

    @Bean
    PartitionedSteps partitionedSteps(JobRepository jobs, JobExplorer explorer, DirectChannel creditPartitionRequests,
                                      @Value("${ledger.batch.partitions}") int partitions) {
        return new PartitionedSteps(jobs, explorer, creditPartitionRequests, partitions);
    }

    @Bean
    IntegrationFlow creditPartitionsToBroker(DirectChannel creditPartitionRequests, AmqpTemplate broker,
                                            Queue creditPartitionQueue) {
        return IntegrationFlow.from(creditPartitionRequests)
                .handle(Amqp.outboundAdapter(broker).routingKey(creditPartitionQueue.getName()))
                .get();
    }

    /** One partition at a time per node (prefetch 1): the next waits in the queue for whichever node is free. */
    @Bean
    IntegrationFlow creditPartitionsFromBroker(ConnectionFactory broker, Queue creditPartitionQueue,
                                              JobExplorer explorer, Step creditRosterStep, Step creditRetireesStep) {
        SimpleMessageConverter requests = new SimpleMessageConverter();
        requests.setAllowedListPatterns(REQUEST_CLASSES);
        PartitionRequests worker = new PartitionRequests(explorer, new Steps(creditRosterStep, creditRetireesStep));
        return IntegrationFlow.from(Amqp.inboundAdapter(broker, creditPartitionQueue.getName())
                        .messageConverter(requests)
                        .configureContainer(container -> container.prefetchCount(1).concurrentConsumers(1)
                                .defaultRequeueRejected(false)))
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    worker.handle(request);
                    return null;
                })
                .get();
    }

    /** The steps a partition request may name. */
    private static final class Steps implements StepLocator {

        private final Map<String, Step> byName;

        Steps(Step... steps) {
            this.byName = Arrays.stream(steps).collect(Collectors.toMap(Step::getName, step -> step));
        }

        @Override
        public Collection<String> getStepNames() {
            return byName.keySet();
        }

        @Override
        public Step getStep(String stepName) throws NoSuchStepException {
            Step step = byName.get(stepName);
            if (step == null) {
                throw new NoSuchStepException("no step " + stepName + " takes partitions of the monthly run");
            }
            return step;
        }
    }
}
