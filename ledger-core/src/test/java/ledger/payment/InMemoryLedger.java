package ledger.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import ledger.account.FamilyRegistrations;
import ledger.account.Inheritances;
import ledger.account.PersonalAccount;
import ledger.account.Settlements;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import ledger.refusal.Refusal;
import ledger.settling.FamilyFundingLookup;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * The real Axon machinery, wired as ledger-app wires it but without Spring: a command bus, an
 * event-sourcing repository per aggregate over an in-memory event store, the account aggregate's own
 * command handlers, and the cross-account handlers {@link FamilyRegistrations} and {@link Settlements}.
 *
 * <p>ledger-core's test classpath has no {@code axon-configuration} (so no {@code DefaultConfigurer});
 * these are the same building blocks the configurer would assemble. The family-funding look-up reads
 * the member's history from the event store, as the app's read model would, without taking any lock.
 */
public final class InMemoryLedger implements AutoCloseable {

    public static final PolicyCatalog CATALOG = PolicyCatalog.shipped();

    private final EmbeddedEventStore eventStore;
    private final EventSourcingRepository<PersonalAccount> accounts;
    private final EventSourcingRepository<Payment> payments;
    private final CommandGateway commands;
    private final AtomicReference<FamilyFundingLookup> familyFunding = new AtomicReference<>();

    public InMemoryLedger() {
        this(CATALOG);
    }

    /** A ledger of the regions a test builds, such as one the shipped policies do not have yet. */
    public InMemoryLedger(PolicyCatalog catalog) {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        ParameterResolverFactory resources = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(PersonalAccount.class),
                new SimpleResourceParameterResolverFactory(List.of(catalog, new MonthlyCreditPolicy(catalog))));
        AggregateModel<PersonalAccount> accountModel =
                AnnotatedAggregateMetaModelFactory.inspectAggregate(PersonalAccount.class, resources);
        accounts = EventSourcingRepository.builder(PersonalAccount.class)
                .aggregateModel(accountModel).eventStore(eventStore).build();
        payments = EventSourcingRepository.builder(Payment.class)
                .parameterResolverFactory(resources).eventStore(eventStore).build();
        familyFunding.set(this::fundingOrderInHistory);

        CommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<PersonalAccount>builder()
                .aggregateType(PersonalAccount.class).aggregateModel(accountModel).repository(accounts)
                .build().subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new FamilyRegistrations(accounts, catalog), resources).subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new Inheritances(accounts, catalog), resources).subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new Settlements(accounts, payments, catalog,
                personId -> familyFunding.get().familyAccountsOf(personId)), resources).subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** Sends a command and waits for its answer; a refusal arrives as the exception the handler threw. */
    public <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    /** Sends a command that must be refused, and checks the refusal's type and code. */
    public void assertRefused(Object command, Class<? extends Refusal> type, String code) {
        Throwable thrown = catchThrowable(() -> send(command));
        if (thrown instanceof CommandExecutionException wrapped && wrapped.getCause() != null) {
            thrown = wrapped.getCause();
        }
        assertThat(thrown).as("refusal of " + command + " (null: the command was accepted)").isInstanceOf(type);
        assertThat(((Refusal) thrown).code()).as("refusal code").isEqualTo(code);
    }

    /** Each stream's events, by aggregate id: compare two of these to see that nothing was written. */
    public Map<String, List<Object>> histories(String... aggregateIds) {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (String id : aggregateIds) {
            histories.put(id, eventsOf(id));
        }
        return histories;
    }

    /**
     * The payloads of every event in one stream, in order: an account's by person id, a payment's by
     * payment id (stored under {@link Payment#streamId}).
     */
    public List<Object> eventsOf(String aggregateId) {
        List<Object> events = eventStore.readEvents(aggregateId).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
        return events.isEmpty() && !aggregateId.startsWith("payment:") ? eventsOf(Payment.streamId(aggregateId)) : events;
    }

    /** Appends events to a stream as history, without any handler deciding them. */
    public void given(String aggregateType, String id, Object... events) {
        String aggregateId = "Payment".equals(aggregateType) ? Payment.streamId(id) : id;
        long next = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, next++, event));
        }
        eventStore.publish(messages);
    }

    /** Runs a piece of work on the repositories in its own unit of work, committed when it returns. */
    public <R> R inUnitOfWork(Callable<R> work) throws Exception {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional()) {
            Throwable thrown = result.exceptionResult();
            if (thrown instanceof Exception exception) {
                throw exception;
            }
            throw (Error) thrown;
        }
        return result.getPayload();
    }

    public EventSourcingRepository<PersonalAccount> accounts() {
        return accounts;
    }

    public EventSourcingRepository<Payment> payments() {
        return payments;
    }

    /** Replaces the lock-free look-up, e.g. by one that has not yet seen the latest registration. */
    public void lookUpFamilyFundingWith(FamilyFundingLookup lookup) {
        familyFunding.set(lookup);
    }

    /** The funding order the person's last family event left behind. */
    private List<String> fundingOrderInHistory(String personId) {
        List<String> order = List.of();
        for (Object event : eventsOf(personId)) {
            if (event instanceof RegisteredAsFamilyMember registered) {
                order = registered.fundingOrderAfter();
            } else if (event instanceof FamilyRegistrationRevoked revoked) {
                order = revoked.fundingOrderAfter();
            } else if (event instanceof FundingOrderChanged changed) {
                order = changed.fundingOrderAfter();
            }
        }
        return order;
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }
}
