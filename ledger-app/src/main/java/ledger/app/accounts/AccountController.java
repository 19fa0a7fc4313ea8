package ledger.app.accounts;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.OpenAccount;
import ledger.account.command.ReverseCredit;
import ledger.account.command.WithdrawCash;
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
import ledger.app.web.UnknownAccount;
import ledger.limits.DateRange;
import ledger.projections.account.AccountReadModels;
import ledger.withdrawing.CashWithdrawalRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

    private final CommandGateway commands;
    private final AccountService accounts;
    private final AccountReadModels readModels;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;
    private final EventStore eventStore;

    AccountController(CommandGateway commands, AccountService accounts, AccountReadModels readModels,
                      ReadModelCatchUp catchUp, Clock clock, EventStore eventStore) {
        this.commands = commands;
        this.accounts = accounts;
        this.readModels = readModels;
        this.catchUp = catchUp;
        this.clock = clock;
        this.eventStore = eventStore;
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
        ReversalReceipt receipt = commands.sendAndWait(
                new ReverseCredit(personId, period, request.reason(), LocalDate.now(clock)));
        catchUp.awaitAccount(personId);
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ReversalJson.of(receipt.reversal()));
    }

    @PostMapping("/{personId}/withdrawals")
    @AnswersCreatedOrRepeated
    ResponseEntity<WithdrawalJson> withdraw(@PathVariable String personId,
                                            @Valid @RequestBody WithdrawalRequest request) {
        if (eventStore.lastSequenceNumberFor(personId).isEmpty()) {
            throw new UnknownAccount(personId);
        }
        CashWithdrawalRule.fromPot(request.pot()).enforce();
        LocalDate occurredOn = accounts.notAfterToday("occurredOn",
                request.occurredOn() != null ? request.occurredOn() : LocalDate.now(clock));
        WithdrawalReceipt receipt = commands.sendAndWait(
                new WithdrawCash(personId, request.withdrawalId(), request.amount(), occurredOn));
        catchUp.awaitAccount(personId);
        HttpStatus status = receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(WithdrawalJson.of(receipt));
    }

    @GetMapping("/{personId}/statement")
    StatementJson statement(@PathVariable String personId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange.check("from", from);
        DateRange.check("to", to);
        account(personId);
        LocalDate first = from != null ? from : DateRange.FIRST;
        LocalDate last = to != null ? to : DateRange.LAST;
        return new StatementJson(personId, from, to,
                readModels.statement(personId, first, last).stream().map(EntryJson::of).toList());
    }
}
