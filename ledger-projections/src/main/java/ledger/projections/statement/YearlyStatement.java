package ledger.projections.statement;

import java.util.List;
import ledger.money.Balances;

/**
 * One account's year (000 Q31): the balance per pot at its start and end by effective date, the
 * signed total of each kind of entry with its code, and what each family member used of the account.
 */
public record YearlyStatement(String personId, int year, Balances opening, Balances closing, List<Total> totals,
                              List<FamilyUse> familyUse) {

    /** The signed sum of one kind of entry in the year, over both pots; negative for money going out. */
    public record Total(String type, String code, long signedFen, int entries) {
    }

    /** What was paid from the account in the year by or for one family member, net of refunds. */
    public record FamilyUse(String memberId, long spentFen) {
    }
}
