package ledger.app.accounts;

import java.util.List;
import ledger.account.Inheritances;
import ledger.account.PersonalAccount;
import ledger.app.config.LedgerProperties;
import ledger.policy.PolicyCatalog;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.account.AccountReadModels;
import ledger.projections.fund.FundTotalsProjection;
import ledger.projections.statement.YearlyStatementProjection;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account's own Axon parts: the aggregate with its snapshots and command targets, the closure into an
 * heir's account, and the account read model (what the read models do with an event they cannot apply:
 * ledger.app.projections.ProjectionConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

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

    /** Closing a deceased's account into an heir's works on two accounts in one unit of work. */
    @Bean
    ConfigurerModule inheritanceHandler(PolicyCatalog policies) {
        return configurer -> configurer.registerCommandHandler(config ->
                new Inheritances(config.repository(PersonalAccount.class), policies));
    }

    /** The account view hands each money movement it takes in to the yearly statement, then the fund totals. */
    @Bean
    AccountReadModelProjection accountReadModelProjection(JdbcTemplate jdbc, YearlyStatementProjection years,
                                                          FundTotalsProjection funds) {
        return new AccountReadModelProjection(jdbc, List.of(years, funds));
    }

    @Bean
    AccountReadModels accountReadModels(JdbcTemplate jdbc) {
        return new AccountReadModels(jdbc);
    }
}
