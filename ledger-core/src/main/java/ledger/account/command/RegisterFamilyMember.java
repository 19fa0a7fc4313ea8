package ledger.account.command;

import java.time.LocalDate;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;

/** Handled across the holder's and the member's accounts by {@code FamilyRegistrations}. */
public record RegisterFamilyMember(String holderId, String memberId, Relation relation, LocalDate registeredOn,
                                   MemberScheme memberScheme, String memberRegion) {

    /**
     * {@code memberRegion} names where a resident member is insured (default: the holder's region); a
     * member with an account of his own is insured where his account is.
     */
    public RegisterFamilyMember {
        IdFormat.check("personId", holderId);
        IdFormat.check("memberId", memberId);
        DateRange.check("registeredOn", registeredOn);
        memberScheme = memberScheme == null ? MemberScheme.EMPLOYEE : memberScheme;
    }

    /** A member of the employee scheme, who holds an account of his own. */
    public RegisterFamilyMember(String holderId, String memberId, Relation relation, LocalDate registeredOn) {
        this(holderId, memberId, relation, registeredOn, MemberScheme.EMPLOYEE, null);
    }
}
