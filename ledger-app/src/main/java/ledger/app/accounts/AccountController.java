package ledger.app.accounts;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.OpenAccount;
import ledger.account.receipt.CreditReceipt;
import ledger.account.receipt.ReversalReceipt;
import ledger.account.receipt.WithdrawalReceipt;
import ledger.app.accounts.AccountRequests.CreditRequest;
import ledger.app.accounts.AccountRequests.OpenAccountRequest;
import ledger.app.accounts.AccountRequests.RetirementRequest;
import ledger.app.accounts.AccountRequests.ReversalRequest;
import ledger.app.accounts.AccountRequests.StatusRequest;
import ledger.app.accounts.AccountRequests.WithdrawalRequest;
import ledger.app.accounts.AccountResponses.AccountJson;
import ledger.app.accounts.AccountResponses.ChangedAccountJson;
import ledger.app.accounts.AccountResponses.CreditJson;
import ledger.app.accounts.AccountResponses.EntryJson;
import ledger.app.accounts.AccountResponses.ReversalJson;
import ledger.app.accounts.AccountResponses.StatementJson;
import ledger.app.accounts.AccountResponses.WithdrawalJson;
import ledger.app.openapi.AnswersCreatedOrRepeated;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caseworkers' account endpoints of the API contract. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountJson open(@Valid @RequestBody OpenAccountRequest request) {
        return accounts.open(new OpenAccount(request.personId(), request.region(), request.category(),
                        request.birthDate(), request.openedOn(), request.retiredOn(), request.legacyWithdrawableBalance()))
                .map(AccountJson::of).orElseGet(() -> AccountJson.justOpened(request));
    }

    @GetMapping("/{personId}")
    AccountJson account(@PathVariable String personId) {
        return AccountJson.of(accounts.account(personId));
    }

    @PostMapping("/{personId}/retirement")
    ChangedAccountJson retire(@PathVariable String personId, @Valid @RequestBody RetirementRequest request) {
        return ChangedAccountJson.of(accounts.retire(personId, request.retiredOn()));
    }

    @PostMapping("/{personId}/insurance-status")
    ChangedAccountJson changeStatus(@PathVariable String personId, @Valid @RequestBody StatusRequest request) {
        return ChangedAccountJson.of(accounts.changeStatus(personId, request.status(), request.effectiveOn()));
    }

    @PostMapping("/{personId}/credits")
    @ResponseStatus(HttpStatus.CREATED)
    CreditJson credit(@PathVariable String personId, @Valid @RequestBody CreditRequest request) {
        CreditReceipt receipt = accounts.credit(personId, request.period(), request.contributionBase(),
                request.creditedOn());
        return CreditJson.of(receipt);
    }

    /** 201 for a reversal applied, 200 for the same reversal asked again (nothing applied twice). */
    @PostMapping("/{personId}/credits/{period}/reversal")
    @AnswersCreatedOrRepeated
    ResponseEntity<ReversalJson> reverse(@PathVariable String personId, @PathVariable YearMonth period,
                                         @Valid @RequestBody ReversalRequest request) {
        ReversalReceipt receipt = accounts.reverse(personId, period, request.reason());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ReversalJson.of(receipt.reversal()));
    }

    @PostMapping("/{personId}/withdrawals")
    @AnswersCreatedOrRepeated
    ResponseEntity<WithdrawalJson> withdraw(@PathVariable String personId,
                                            @Valid @RequestBody WithdrawalRequest request) {
        WithdrawalReceipt receipt = accounts.withdraw(personId, request.pot(), request.withdrawalId(),
                request.amount(), request.occurredOn());
        HttpStatus status = receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(WithdrawalJson.of(receipt));
    }

    @GetMapping("/{personId}/statement")
    StatementJson statement(@PathVariable String personId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new StatementJson(personId, from, to,
                accounts.statement(personId, from, to).stream().map(EntryJson::of).toList());
    }
}
