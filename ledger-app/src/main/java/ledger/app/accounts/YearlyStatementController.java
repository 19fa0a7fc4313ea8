package ledger.app.accounts;

import java.time.LocalDate;
import java.util.regex.Pattern;
import ledger.limits.DateRange;
import ledger.projections.account.AccountReadModels;
import ledger.projections.statement.YearlyStatement;
import ledger.projections.statement.YearlyStatements;
import ledger.refusal.InvalidInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a person asks about his account's year (000 Q31): {@code GET …/statements/{year}}. */
@RestController
@RequestMapping("/api/v1/accounts")
class YearlyStatementController {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final AccountService accounts;
    private final YearlyStatements statements;
    private final AccountReadModels readModels;

    YearlyStatementController(AccountService accounts, JdbcTemplate jdbc, AccountReadModels readModels) {
        this.accounts = accounts;
        this.statements = new YearlyStatements(jdbc);
        this.readModels = readModels;
    }

    @GetMapping("/{personId}/statements/{year}")
    YearlyStatementJson statement(@PathVariable String personId, @PathVariable String year) {
        int checkedYear = checkedYear(year);
        accounts.account(personId);
        YearlyStatement statement = statements.statement(personId, checkedYear);
        return YearlyStatementJson.of(statement, readModels.statement(personId, LocalDate.of(checkedYear, 1, 1),
                LocalDate.of(checkedYear, 12, 31)));
    }

    /** Four digits, within the dates the ledger accepts at all (DateRange). */
    private static int checkedYear(String year) {
        if (!YEAR.matcher(year).matches()) {
            throw new InvalidInput("invalid-year", "year is four digits, such as 2024");
        }
        int value = Integer.parseInt(year);
        if (value < DateRange.FIRST.getYear() || value > DateRange.LAST.getYear()) {
            throw DateRange.outOfRange("year", year);
        }
        return value;
    }
}
