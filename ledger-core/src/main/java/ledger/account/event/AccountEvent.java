package ledger.account.event;

import java.time.LocalDate;

/** Every fact in an insured person's history. Events are immutable; corrections are new events. */
public sealed interface AccountEvent
        permits AccountOpened, LegacyBalanceMigrated, RetirementRecorded, MonthlyCreditPosted, CashWithdrawn,
        FamilyMemberRegistered, FamilyMemberRevoked, RegisteredAsFamilyMember, FamilyRegistrationRevoked,
        FundingOrderChanged, AccountDebited, RefundCredited, InterestPosted, CreditRecovered, BalancePaidOut,
        AccountClosed, TransferredIn, ClosedAccountRefundForwarded, ResidentMemberRecorded, InsuranceStatusChanged,
        CreditCorrected, CreditReversed, InterestAdjusted, InheritanceCredited {

    String personId();

    /** The business date the fact takes effect on (not when it was recorded). */
    LocalDate effectiveDate();
}
