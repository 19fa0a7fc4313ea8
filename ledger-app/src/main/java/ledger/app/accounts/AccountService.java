package ledger.app.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import ledger.account.command.ChangeInsuranceStatus;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.command.ReverseCredit;
import ledger.account.command.WithdrawCash;
import ledger.account.receipt.Corrections;
import ledger.account.receipt.CreditReceipt;
import ledger.account.receipt.ReversalReceipt;
import ledger.account.receipt.WithdrawalReceipt;
import ledger.app.web.UnknownAccount;
import ledger.limits.DateRange;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.InsuranceStatus;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.AccountView;
import ledger.projections.account.StatementEntry;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;
import ledger.withdrawing.CashWithdrawalRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

/**
 * Opening an account, crediting a month and reversing a credit, a cash withdrawal, the statement, recording
 * a retirement or a change of insurance status, for the API and the console alike.
 */
@Service
public class AccountService {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final AccountReadModels readModels;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    AccountService(CommandGateway commands, EventStore eventStore, AccountReadModels readModels,
                   ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.readModels = readModels;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** Empty when the read models are being rebuilt and do not show the account yet. */
    public Optional<AccountView> open(OpenAccount command) {
        try {
            commands.sendAndWait(command);
        } catch (ConcurrencyException | AggregateStreamCreationException existing) {
            throw new ConflictWithHistory("account-exists", "an account for person " + command.personId()
                    + " already exists; an account is opened once");
        }
        catchUp.awaitAccount(command.personId());
        return readModels.account(command.personId());
    }

    public AccountView account(String personId) {
        return readModels.account(personId).orElseThrow(() -> new UnknownAccount(personId));
    }

    /** One month's credit; {@code creditedOn} defaults to today and is never after it. */
    public CreditReceipt credit(String personId, YearMonth period, Money contributionBase, LocalDate creditedOn) {
        LocalDate allocationDate = notAfterToday("creditedOn", creditedOn != null ? creditedOn : LocalDate.now(clock));
        CreditReceipt receipt = commands.sendAndWait(
                new PostMonthlyCredit(personId, period, contributionBase, allocationDate));
        catchUp.awaitAccount(personId);
        return receipt;
    }

    /** A reversal of a month's credit; the same reversal asked again answers the stored one. */
    public ReversalReceipt reverse(String personId, YearMonth period, String reason) {
        ReversalReceipt receipt = commands.sendAndWait(new ReverseCredit(personId, period, reason, LocalDate.now(clock)));
        catchUp.awaitAccount(personId);
        return receipt;
    }

    /** A cash withdrawal from the withdrawable pot; {@code occurredOn} defaults to today and is never after it. */
    public WithdrawalReceipt withdraw(String personId, Pot pot, String withdrawalId, Money amount,
                                      LocalDate occurredOn) {
        if (eventStore.lastSequenceNumberFor(personId).isEmpty()) {
            throw new UnknownAccount(personId);
        }
        CashWithdrawalRule.fromPot(pot).enforce();
        LocalDate on = notAfterToday("occurredOn", occurredOn != null ? occurredOn : LocalDate.now(clock));
        WithdrawalReceipt receipt = commands.sendAndWait(new WithdrawCash(personId, withdrawalId, amount, on));
        catchUp.awaitAccount(personId);
        return receipt;
    }

    /** The account's statement lines between two business dates (either open), oldest first. */
    public List<StatementEntry> statement(String personId, LocalDate from, LocalDate to) {
        DateRange.check("from", from);
        DateRange.check("to", to);
        account(personId);
        return readModels.statement(personId, from != null ? from : DateRange.FIRST, to != null ? to : DateRange.LAST);
    }

    /** Money is credited and withdrawn when it is posted or paid, never ahead: a later date is a mistake. */
    private LocalDate notAfterToday(String field, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new RuleRefusal("date-in-future", field + " " + date + " is after today, " + today
                    + "; money is credited or paid out on the day it moves or later, never ahead");
        }
        return date;
    }

    /** The account after a retirement or status change, and the credits that change corrected. */
    public record ChangedAccount(AccountView account, Corrections corrections) {
    }

    public ChangedAccount retire(String personId, LocalDate retiredOn) {
        return changed(personId, commands.sendAndWait(new RecordRetirement(personId, retiredOn, LocalDate.now(clock))));
    }

    public ChangedAccount changeStatus(String personId, InsuranceStatus status, LocalDate effectiveOn) {
        return changed(personId, commands.sendAndWait(
                new ChangeInsuranceStatus(personId, status, effectiveOn, LocalDate.now(clock))));
    }

    private ChangedAccount changed(String personId, Corrections corrections) {
        catchUp.awaitAccount(personId);
        return new ChangedAccount(account(personId), corrections);
    }
}
