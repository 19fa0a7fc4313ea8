package ledger.app.payments;

import ledger.account.PersonalAccount;
import ledger.payment.Payment;
import ledger.account.Settlements;
import ledger.policy.PolicyCatalog;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Payments' Axon parts: the payment aggregate and the settlements that debit several accounts in one unit of work. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    ConfigurerModule settlementHandlers(PolicyCatalog policies) {
        return configurer -> configurer
                .configureAggregate(Payment.class)
                .registerCommandHandler(config -> new Settlements(config.repository(PersonalAccount.class),
                        config.repository(Payment.class), policies,
                        new FundingOrderFromEvents(config.eventStore())));
    }
}
