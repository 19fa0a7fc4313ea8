package ledger.account;

import java.time.LocalDate;

public record RevokeFamilyMember(String holderId, String memberId, LocalDate revokedOn) {
}
