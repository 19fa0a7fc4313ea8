package ledger.account;

import java.time.LocalDate;

/** Handled across the holder's and the member's accounts by {@code FamilyRegistrations}. */
public record RegisterFamilyMember(String holderId, String memberId, Relation relation, LocalDate registeredOn) {
}
