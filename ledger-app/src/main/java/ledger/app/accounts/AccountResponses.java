package ledger.app.accounts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ledger.account.event.CreditCorrected;
import ledger.account.event.CreditReversed;
import ledger.account.receipt.CreditReceipt;
import ledger.account.receipt.WithdrawalReceipt;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.CreditBasis;
import ledger.projections.account.AccountStatus;
import ledger.projections.account.AccountView;
import ledger.projections.account.StatementEntry;

/** The JSON shapes the account endpoints answer with. Money is shown as yuan strings. */
final class AccountResponses {

    private AccountResponses() {
    }

    public record BalanceJson(Money withdrawable, Money earmarked, Money total) {
        public static BalanceJson of(Balances balances) {
            return new BalanceJson(balances.withdrawable(), balances.earmarked(), balances.total());
        }
    }

    record PotBalancesJson(Money withdrawable, Money earmarked) {
        static PotBalancesJson of(Balances balances) {
            return new PotBalancesJson(balances.withdrawable(), balances.earmarked());
        }
    }

    record AccountJson(String personId, String region, Category category, AccountStatus status, BalanceJson balance,
                       LocalDate birthDate, LocalDate openedOn, LocalDate retiredOn) {
        /** What was just recorded, for when the read models are being rebuilt and do not show it yet. */
        static AccountJson justOpened(AccountRequests.OpenAccountRequest request) {
            Money legacy = request.legacyWithdrawableBalance() == null ? Money.ZERO : request.legacyWithdrawableBalance();
            return new AccountJson(request.personId(), request.region(), request.category(), AccountStatus.OPEN,
                    BalanceJson.of(new Balances(legacy, Money.ZERO)), request.birthDate(), request.openedOn(),
                    request.retiredOn());
        }

        static AccountJson of(AccountView view) {
            return new AccountJson(view.personId(), view.region(), view.category(), view.status(),
                    BalanceJson.of(view.balance()), view.birthDate(), view.openedOn(), view.retiredOn());
        }
    }

    /** A credit corrected by a late-reported retirement or status change: what the month was and now is worth. */
    record CorrectionJson(YearMonth period, Money before, Money after, Money added, Money recovered,
                          Money unrecovered) {
        static CorrectionJson of(CreditCorrected corrected) {
            return new CorrectionJson(corrected.period(), corrected.before(), corrected.after(), corrected.added(),
                    corrected.recoveredWithdrawable().plus(corrected.recoveredEarmarked()), corrected.unrecovered());
        }
    }

    record ChangedAccountJson(@JsonUnwrapped AccountJson account, List<CorrectionJson> corrections) {
        static ChangedAccountJson of(AccountService.ChangedAccount changed) {
            return new ChangedAccountJson(AccountJson.of(changed.account()),
                    changed.corrections().credits().stream().map(CorrectionJson::of).toList());
        }
    }

    record ReversalJson(YearMonth period, Money amount, String reason, PotBalancesJson recovered, BalanceJson balance) {
        static ReversalJson of(CreditReversed reversed) {
            return new ReversalJson(reversed.period(), reversed.amount(), reversed.reason(),
                    PotBalancesJson.of(new Balances(reversed.withdrawable(), reversed.earmarked())),
                    BalanceJson.of(reversed.balanceAfter()));
        }
    }

    record CreditJson(YearMonth period, Money amount, Pot pot, String rule, CreditBasis basis, BalanceJson balance) {
        static CreditJson of(CreditReceipt receipt) {
            return new CreditJson(receipt.period(), receipt.amount(), receipt.pot(), receipt.basis().ruleId(),
                    receipt.basis(), BalanceJson.of(receipt.balanceAfter()));
        }
    }

    record WithdrawalJson(String withdrawalId, Money amount, Pot pot, LocalDate occurredOn, BalanceJson balance) {
        static WithdrawalJson of(WithdrawalReceipt receipt) {
            return new WithdrawalJson(receipt.withdrawalId(), receipt.amount(), Pot.WITHDRAWABLE,
                    receipt.occurredOn(), BalanceJson.of(receipt.balanceAfter()));
        }
    }

    record StatementJson(String personId, LocalDate from, LocalDate to, List<EntryJson> entries) {
    }

    /** {@code amount} is signed: money out of the account shows with a minus sign. */
    record EntryJson(long sequence, LocalDate at, Instant recordedAt, String type, String code, String amount,
                     Pot pot, PotBalancesJson balanceAfter, String reference) {
        static EntryJson of(StatementEntry entry) {
            return new EntryJson(entry.sequence(), entry.at(), entry.recordedAt(), entry.type(), entry.nationalCode(),
                    signedYuan(entry.signedFen()), entry.pot(), PotBalancesJson.of(entry.balanceAfter()),
                    entry.reference());
        }
    }

    /** Yuan with two decimals, with a minus sign for money going out. */
    static String signedYuan(long signedFen) {
        Money magnitude = Money.ofFen(Math.abs(signedFen));
        return signedFen < 0 ? "-" + magnitude : magnitude.toString();
    }
}
