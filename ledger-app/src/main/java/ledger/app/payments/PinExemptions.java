package ledger.app.payments;

import java.util.Optional;
import ledger.app.institutions.InstitutionRegistry;
import ledger.app.web.UnknownAccount;
import ledger.payment.value.PaymentTerms;
import ledger.payment.value.PinExemption;
import ledger.policy.PolicyCatalog;
import ledger.policy.RegionPolicy;
import ledger.projections.account.AccountReadModels;
import ledger.settling.PinExemptionRule;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link PinExemptionRule} decides on: the institution as registered, the payer's region
 * and its card-PIN policy, and the payment's day in that region.
 */
@Component
class PinExemptions {

    private final InstitutionRegistry institutions;
    private final AccountReadModels readModels;
    private final PolicyCatalog policies;

    PinExemptions(InstitutionRegistry institutions, AccountReadModels readModels, PolicyCatalog policies) {
        this.institutions = institutions;
        this.readModels = readModels;
        this.policies = policies;
    }

    /** Why the declared exemption does not apply to this payment; empty when it does. */
    Optional<String> refusal(PinExemption declared, PaymentTerms terms) {
        String region = readModels.regionOf(terms.personId()).orElseThrow(() -> new UnknownAccount(terms.personId()));
        RegionPolicy policy = policies.region(region);
        PinExemptionRule.Claim claim = new PinExemptionRule.Claim(declared, terms.purpose(), terms.institutionId(),
                institutions.find(terms.institutionId()), region,
                terms.occurredAt().atZoneSameInstant(policy.timeZone()).toLocalDate());
        return PinExemptionRule.refusal(claim, policy.credentials());
    }
}
