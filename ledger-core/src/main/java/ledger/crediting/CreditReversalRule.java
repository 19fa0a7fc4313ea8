package ledger.crediting;

import ledger.account.command.ReverseCredit;
import ledger.account.event.CreditReversed;
import ledger.account.event.MonthlyCreditPosted;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** When a credit posted in error may be taken back (退收, 104; domain-rules §8). */
public final class CreditReversalRule {

    private CreditReversalRule() {
    }

    /** A reversal asked again repeats the stored one only with the same reason. */
    public static Decision sameReason(String personId, CreditReversed earlier, ReverseCredit command) {
        return Decision.unless(!earlier.reason().equals(command.reason()), () -> new ConflictWithHistory(
                "credit-already-reversed", "the credit of " + command.period() + " of person " + personId
                + " was reversed on " + earlier.reversedOn() + " for \"" + earlier.reason() + "\" and is not credited "
                + "again; a request with another reason repeats nothing"));
    }

    /** {@code credit} is the period's credit in force, if any. */
    public static Decision periodCredited(String personId, MonthlyCreditPosted credit, ReverseCredit command) {
        return Decision.unless(credit == null, () -> new RuleRefusal("period-not-credited", "period "
                + command.period() + " of person " + personId + " was never credited: there is nothing to reverse"));
    }

    /** The whole credit comes back or none of it; {@code unrecovered} is what the pots cannot give up on the day. */
    public static Decision recoverable(MonthlyCreditPosted credit, ReverseCredit command, Money unrecovered) {
        return Decision.unless(!unrecovered.isZero(), () -> new RuleRefusal("reversal-exceeds-balance",
                "the credit of " + credit.amount() + " for " + command.period() + " cannot be taken back: the account "
                + "can give up only " + credit.amount().minus(unrecovered) + " on " + command.reversedOn()));
    }
}
