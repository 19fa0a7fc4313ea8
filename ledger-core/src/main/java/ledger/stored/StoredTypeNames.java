package ledger.stored;

import static java.util.Map.entry;

import java.util.Map;
import java.util.stream.Collectors;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountDebited;
import ledger.account.event.AccountOpened;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.ClosedAccountRefundForwarded;
import ledger.account.event.CreditCorrected;
import ledger.account.event.CreditRecovered;
import ledger.account.event.CreditReversed;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.InheritanceCredited;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RefundCredited;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.event.RetirementRecorded;
import ledger.account.event.TransferredIn;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.event.PaymentSettled;

/**
 * The type names events are stored under. The event table is append-only and chained by hashes, so
 * a stored name can never be rewritten: an event class that moves keeps the name it was first
 * written under (ADR 22). A class not listed is stored under its own name.
 */
public final class StoredTypeNames {

    private static final Map<Class<?>, String> FIRST_STORED_AS = Map.ofEntries(
            entry(AccountOpened.class, "ledger.account.AccountOpened"),
            entry(LegacyBalanceMigrated.class, "ledger.account.LegacyBalanceMigrated"),
            entry(RetirementRecorded.class, "ledger.account.RetirementRecorded"),
            entry(MonthlyCreditPosted.class, "ledger.account.MonthlyCreditPosted"),
            entry(CashWithdrawn.class, "ledger.account.CashWithdrawn"),
            entry(FamilyMemberRegistered.class, "ledger.account.FamilyMemberRegistered"),
            entry(FamilyMemberRevoked.class, "ledger.account.FamilyMemberRevoked"),
            entry(RegisteredAsFamilyMember.class, "ledger.account.RegisteredAsFamilyMember"),
            entry(FamilyRegistrationRevoked.class, "ledger.account.FamilyRegistrationRevoked"),
            entry(FundingOrderChanged.class, "ledger.account.FundingOrderChanged"),
            entry(AccountDebited.class, "ledger.account.AccountDebited"),
            entry(RefundCredited.class, "ledger.account.RefundCredited"),
            entry(InterestPosted.class, "ledger.account.InterestPosted"),
            entry(CreditRecovered.class, "ledger.account.CreditRecovered"),
            entry(BalancePaidOut.class, "ledger.account.BalancePaidOut"),
            entry(AccountClosed.class, "ledger.account.AccountClosed"),
            entry(TransferredIn.class, "ledger.account.TransferredIn"),
            entry(ClosedAccountRefundForwarded.class, "ledger.account.ClosedAccountRefundForwarded"),
            entry(ResidentMemberRecorded.class, "ledger.account.ResidentMemberRecorded"),
            entry(InsuranceStatusChanged.class, "ledger.account.InsuranceStatusChanged"),
            entry(CreditCorrected.class, "ledger.account.CreditCorrected"),
            entry(CreditReversed.class, "ledger.account.CreditReversed"),
            entry(InterestAdjusted.class, "ledger.account.InterestAdjusted"),
            entry(InheritanceCredited.class, "ledger.account.InheritanceCredited"),
            entry(PaymentSettled.class, "ledger.payment.PaymentSettled"),
            entry(PaymentRefunded.class, "ledger.payment.PaymentRefunded"));
    private static final Map<String, Class<?>> BY_STORED_NAME = FIRST_STORED_AS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private StoredTypeNames() {
    }

    /** The name a new instance of the type is written under. */
    public static String storedNameOf(Class<?> type) {
        return FIRST_STORED_AS.getOrDefault(type, type.getName());
    }

    /** The name of the class that reads what was stored under the name. */
    public static String classNameFor(String storedName) {
        Class<?> type = BY_STORED_NAME.get(storedName);
        return type == null ? storedName : type.getName();
    }
}
