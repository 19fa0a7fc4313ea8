package ledger.account.receipt;

import java.time.YearMonth;
import ledger.account.event.MonthlyCreditPosted;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.CreditBasis;

/** The answer to a posted monthly credit. */
public record CreditReceipt(YearMonth period, Money amount, Pot pot, CreditBasis basis, Balances balanceAfter) {

    public static CreditReceipt of(MonthlyCreditPosted event) {
        return new CreditReceipt(event.period(), event.amount(), event.pot(), event.basis(), event.balanceAfter());
    }
}
