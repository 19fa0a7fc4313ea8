package ledger.app.accounts;

import java.util.List;
import ledger.app.accounts.AccountResponses.EntryJson;
import ledger.app.accounts.AccountResponses.PotBalancesJson;
import ledger.projections.account.StatementEntry;
import ledger.projections.statement.YearlyStatement;

/**
 * The yearly statement (000 Q31): opening and closing balance per pot, the signed total of each kind
 * of entry with its code, what each family member used of the account, and the year's entries.
 */
record YearlyStatementJson(String personId, int year, PotBalancesJson opening, PotBalancesJson closing,
                           List<TotalJson> totals, List<FamilyUseJson> familyUse, List<EntryJson> entries) {

    static YearlyStatementJson of(YearlyStatement statement, List<StatementEntry> entries) {
        return new YearlyStatementJson(statement.personId(), statement.year(), PotBalancesJson.of(statement.opening()),
                PotBalancesJson.of(statement.closing()),
                statement.totals().stream().map(TotalJson::of).toList(),
                statement.familyUse().stream().map(FamilyUseJson::of).toList(),
                entries.stream().map(EntryJson::of).toList());
    }

    /** {@code amount} is signed, as on the statement; {@code entries} counts the lines summed. */
    record TotalJson(String type, String code, String amount, int entries) {
        static TotalJson of(YearlyStatement.Total total) {
            return new TotalJson(total.type(), total.code(), AccountResponses.signedYuan(total.signedFen()),
                    total.entries());
        }
    }

    /** {@code spent} is net of refunds in the year, so a refund of last year's payment shows as negative. */
    record FamilyUseJson(String memberId, String spent) {
        static FamilyUseJson of(YearlyStatement.FamilyUse use) {
            return new FamilyUseJson(use.memberId(), AccountResponses.signedYuan(use.spentFen()));
        }
    }
}
