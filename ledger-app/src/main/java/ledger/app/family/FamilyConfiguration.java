package ledger.app.family;

import ledger.account.FamilyRegistrations;
import ledger.account.PersonalAccount;
import ledger.policy.PolicyCatalog;
import ledger.projections.family.FamilyMembers;
import ledger.projections.family.FamilyMembersProjection;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Family mutual aid's Axon parts: registrations across the holder's and the member's accounts, and its read model. */
@Configuration(proxyBeanMethods = false)
class FamilyConfiguration {

    @Bean
    ConfigurerModule familyRegistrationHandler(PolicyCatalog policies) {
        return configurer -> configurer.registerCommandHandler(config ->
                new FamilyRegistrations(config.repository(PersonalAccount.class), policies));
    }

    @Bean
    FamilyMembersProjection familyMembersProjection(JdbcTemplate jdbc) {
        return new FamilyMembersProjection(jdbc);
    }

    @Bean
    FamilyMembers familyMembers(JdbcTemplate jdbc) {
        return new FamilyMembers(jdbc);
    }
}
