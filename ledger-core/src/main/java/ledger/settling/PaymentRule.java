package ledger.settling;

import java.time.LocalDate;
import ledger.money.Money;
import ledger.payment.value.PaymentTerms;
import ledger.policy.FamilyAidPolicy;
import ledger.policy.RegionPolicy;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/** What a payment from the accounts must satisfy besides its purpose (domain-rules §4–§5, 000 Q7, Q15). */
public final class PaymentRule {

    private PaymentRule() {
    }

    public static Decision aboveZero(PaymentTerms terms) {
        return Decision.unless(terms.amount().isZero(), () -> new InvalidInput("zero-amount",
                "a payment must be above 0.00"));
    }

    /**
     * A bill (not a premium) for someone else is paid only with the holder's credential, where the region
     * allows it (Yuxi, 002 玉 第十九条), and then from the holder's account alone.
     */
    public static Decision paysWithHoldersCredential(PaymentTerms terms, RegionPolicy region) {
        if (!region.credentials().memberPaysWithHoldersCredential()) {
            return Decision.refused(new InvalidInput("beneficiary-not-allowed", "a " + terms.purpose()
                    + " payment is for the person who pays; beneficiaryId applies to insurance premiums only"));
        }
        return Decision.unless(terms.useFamilyAccounts(), () -> new RuleRefusal(
                "holders-credential-pays-from-holders-account", "a member who pays with the holder's credential "
                + "pays from the holder's account, the rest himself (" + region.credentials().source()
                + "); useFamilyAccounts does not apply"));
    }

    public static Decision familyUseStarted(LocalDate day, FamilyAidPolicy familyAid) {
        return Decision.unless(day.isBefore(familyAid.useFrom()), () -> new RuleRefusal("family-use-not-started",
                "family accounts may be used from " + familyAid.useFrom() + " (" + familyAid.source()
                        + "); the payment is on " + day));
    }

    public static Decision beneficiaryRegistered(PaymentTerms terms, boolean registered) {
        return Decision.unless(!registered, () -> new RuleRefusal("beneficiary-not-registered", terms.beneficiary()
                + " is not a registered family member of " + terms.personId()
                + "; premiums are paid for oneself or a registered family member (000 Q7)"));
    }

    /** Supplementary insurance is paid in full from the accounts or not at all. */
    public static Decision coveredInFull(PaymentTerms terms, Money accountPaid) {
        return Decision.unless(terms.purpose().mustBeCoveredInFull() && terms.amount().exceeds(accountPaid),
                () -> new RuleRefusal("not-covered-in-full", "supplementary insurance of " + terms.amount()
                        + " is paid in full from the accounts or not at all; they hold " + accountPaid + " (000 Q15)"));
    }

    /** The same payment id asked again answers the first settlement; with other terms it is refused. */
    public static Decision sameTerms(String paymentId, PaymentTerms settled, PaymentTerms asked) {
        return Decision.unless(!settled.equals(asked), () -> new ConflictWithHistory("payment-id-reused", "payment "
                + paymentId + " was already settled with other terms; the same id with a different body is refused"));
    }
}
