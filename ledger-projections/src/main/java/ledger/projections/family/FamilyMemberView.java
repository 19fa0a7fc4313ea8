package ledger.projections.family;

import java.time.LocalDate;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.money.Money;

/** A member the holder registered and still has, and what he spent from the holder's account. */
public record FamilyMemberView(String memberId, Relation relation, MemberScheme memberScheme, LocalDate registeredOn,
                               Money spent) {
}
