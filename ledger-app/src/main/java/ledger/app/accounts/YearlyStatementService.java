package ledger.app.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import ledger.limits.DateRange;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.StatementEntry;
import ledger.projections.statement.YearlyStatement;
import ledger.projections.statement.YearlyStatements;
import ledger.refusal.InvalidInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What a person asks about his account's year (000 Q31), for the API and the console alike. */
@Service
public class YearlyStatementService {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** The year's statement and its entries in business-date order. */
    public record YearOfAccount(YearlyStatement statement, List<StatementEntry> entries) {
    }

    private final AccountService accounts;
    private final YearlyStatements statements;
    private final AccountReadModels readModels;

    YearlyStatementService(AccountService accounts, JdbcTemplate jdbc, AccountReadModels readModels) {
        this.accounts = accounts;
        this.statements = new YearlyStatements(jdbc);
        this.readModels = readModels;
    }

    /** {@code year} as typed: four digits within the dates the ledger accepts at all (DateRange). */
    public YearOfAccount year(String personId, String year) {
        int checkedYear = checkedYear(year);
        accounts.account(personId);
        return new YearOfAccount(statements.statement(personId, checkedYear), readModels.statement(personId,
                LocalDate.of(checkedYear, 1, 1), LocalDate.of(checkedYear, 12, 31)));
    }

    private static int checkedYear(String year) {
        if (year == null || !YEAR.matcher(year).matches()) {
            throw new InvalidInput("invalid-year", "year is four digits, such as 2024");
        }
        int value = Integer.parseInt(year);
        if (value < DateRange.FIRST.getYear() || value > DateRange.LAST.getYear()) {
            throw DateRange.outOfRange("year", year);
        }
        return value;
    }
}
