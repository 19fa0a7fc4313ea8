package ledger.app.accounts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a person asks about his account's year (000 Q31): {@code GET …/statements/{year}}. */
@RestController
@RequestMapping("/api/v1/accounts")
class YearlyStatementController {

    private final YearlyStatementService statements;

    YearlyStatementController(YearlyStatementService statements) {
        this.statements = statements;
    }

    @GetMapping("/{personId}/statements/{year}")
    YearlyStatementJson statement(@PathVariable String personId, @PathVariable String year) {
        YearlyStatementService.YearOfAccount asked = statements.year(personId, year);
        return YearlyStatementJson.of(asked.statement(), asked.entries());
    }
}
