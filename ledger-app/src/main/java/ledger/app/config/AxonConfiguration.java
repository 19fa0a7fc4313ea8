package ledger.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import ledger.account.FamilyRegistrations;
import ledger.account.Inheritances;
import ledger.account.PersonalAccount;
import ledger.account.Settlements;
import ledger.app.audit.HashChainStamper;
import ledger.app.batch.DryRun;
import ledger.app.payments.FundingOrderFromEvents;
import ledger.payment.Payment;
import ledger.policy.PolicyCatalog;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.account.AccountReadModels;
import ledger.projections.family.FamilyMembers;
import ledger.projections.family.FamilyMembersProjection;
import ledger.projections.fund.FundTotals;
import ledger.projections.fund.FundTotalsProjection;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Wires the domain into Axon: the account aggregate with snapshots, the read-model projections (what
 * they do with an event they cannot apply: ledger.app.projections.ProjectionConfiguration), and the
 * acting user on every command and event.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final String ACTOR = "actor";

    @Bean
    ConfigurerModule personalAccountAggregate(LedgerProperties properties) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(PersonalAccount.class)
                        .configureCommandTargetResolver(config -> new CommandTargets())
                        .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                                config.snapshotter(), properties.snapshotThreshold())));
    }

    /**
     * The snapshotter finds aggregates through factory beans; PersonalAccount is configured through a
     * ConfigurerModule (it carries no Spring annotation), so its factory is declared here, with the
     * handler parameter resolvers its command handlers need.
     */
    @Bean
    AggregateFactory<PersonalAccount> personalAccountFactory(ParameterResolverFactory resolvers,
                                                             HandlerDefinition handlers) {
        return new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(PersonalAccount.class, resolvers, handlers));
    }

    /** Payments, and the handlers that work across several accounts in one unit of work. */
    @Bean
    ConfigurerModule settlementHandlers(PolicyCatalog policies) {
        return configurer -> configurer
                .configureAggregate(Payment.class)
                .registerCommandHandler(config -> new FamilyRegistrations(
                        config.repository(PersonalAccount.class), policies))
                .registerCommandHandler(config -> new Inheritances(config.repository(PersonalAccount.class), policies))
                .registerCommandHandler(config -> new Settlements(config.repository(PersonalAccount.class),
                        config.repository(Payment.class), policies,
                        new FundingOrderFromEvents(config.eventStore())));
    }

    @Bean
    AccountReadModelProjection accountReadModelProjection(JdbcTemplate jdbc) {
        return new AccountReadModelProjection(jdbc);
    }

    @Bean
    FamilyMembersProjection familyMembersProjection(JdbcTemplate jdbc) {
        return new FamilyMembersProjection(jdbc);
    }

    @Bean
    FamilyMembers familyMembers(JdbcTemplate jdbc) {
        return new FamilyMembers(jdbc);
    }

    @Bean
    FundTotalsProjection fundTotalsProjection(JdbcTemplate jdbc) {
        return new FundTotalsProjection(jdbc);
    }

    @Bean
    FundTotals fundTotals(JdbcTemplate jdbc) {
        return new FundTotals(jdbc);
    }

    @Bean
    AccountReadModels accountReadModels(JdbcTemplate jdbc) {
        return new AccountReadModels(jdbc);
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR);
    }

    /** Declaring any correlation provider drops Axon's default one, so it is declared again. */
    @Bean
    CorrelationDataProvider messageOriginCorrelation() {
        return new MessageOriginProvider();
    }

    /** Every domain event joins its aggregate's hash chain as it is published (docs/audit.md). */
    @Bean
    ConfigurerModule hashChainOnEveryEvent(JdbcTemplate jdbc, ObjectMapper json) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Integer.MIN_VALUE, () ->
                config.eventBus().registerDispatchInterceptor(
                        new HashChainStamper(config.eventSerializer(), jdbc, json))));
    }

    @Bean
    ConfigurerModule dryRunCommands() {
        return configurer -> configurer.onInitialize(config -> config.onStart(() ->
                config.commandBus().registerHandlerInterceptor(new DryRun())));
    }

    @Bean
    ConfigurerModule actorOnEveryCommand() {
        return configurer -> configurer.onInitialize(config -> config.onStart(() ->
                config.commandBus().registerDispatchInterceptor(actorInterceptor())));
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> actorInterceptor() {
        return messages -> (index, command) -> command.getMetaData().containsKey(ACTOR)
                ? command
                : command.andMetaData(Map.of(ACTOR, currentActor()));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
