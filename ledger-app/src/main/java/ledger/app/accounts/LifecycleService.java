package ledger.app.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ledger.account.command.CloseAccount;
import ledger.account.command.CloseAccountToHeir;
import ledger.account.command.TransferIn;
import ledger.account.receipt.ClosureReceipt;
import ledger.account.receipt.TransferReceipt;
import ledger.account.value.ClosureReason;
import ledger.account.receipt.InterestReceipt;
import ledger.account.command.PostInterest;
import ledger.interest.Quarter;
import ledger.money.Money;
import ledger.refusal.RuleRefusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Service;

/** Interest, liquidation and transfers in (domain-rules §3, §8), for the API and the console alike. */
@Service
public class LifecycleService {

    private final CommandGateway commands;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    LifecycleService(CommandGateway commands, ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    public ClosureReceipt close(String personId, ClosureReason reason, LocalDate effectiveOn, String payee) {
        ClosureReceipt receipt = commands.sendAndWait(
                new CloseAccount(personId, reason, effectiveOn, payee, LocalDate.now(clock)));
        catchUp.awaitAccount(personId);
        return receipt;
    }

    /**
     * A closure asked with {@code heirAccountId} (may be null): on death, and then to no other payee, the
     * balance goes into the heir's account; otherwise it is paid out to the payee (§8).
     */
    public ClosureReceipt close(String personId, ClosureReason reason, LocalDate effectiveOn, String payee,
                                String heirAccountId) {
        if (heirAccountId == null) {
            return close(personId, reason, effectiveOn, payee);
        }
        if (reason != ClosureReason.DECEASED || payee != null) {
            throw new RuleRefusal("heir-account-on-death-only", "the balance goes into an heir's account only on "
                    + "death (DECEASED) and then to no other payee; asked for " + reason
                    + (payee == null ? "" : " with payee " + payee));
        }
        return closeToHeir(personId, effectiveOn, heirAccountId);
    }

    /** On death, the balance credited into the heir's account of the region, pot by pot (§8). */
    private ClosureReceipt closeToHeir(String personId, LocalDate effectiveOn, String heirAccountId) {
        ClosureReceipt receipt = commands.sendAndWait(
                new CloseAccountToHeir(personId, effectiveOn, heirAccountId, LocalDate.now(clock)));
        catchUp.awaitAccounts(List.of(personId, heirAccountId));
        return receipt;
    }

    /**
     * What closing the account today would recover and pay out, computed by the account's own rules: the
     * closure runs inside a unit of work that is rolled back, so its events are never stored.
     */
    public ClosureReceipt preview(String personId, ClosureReason reason, LocalDate effectiveOn, String payee) {
        UnitOfWork<?> dryRun = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("closure preview"));
        try {
            return commands.sendAndWait(new CloseAccount(personId, reason, effectiveOn, payee, LocalDate.now(clock)));
        } finally {
            dryRun.rollback();
        }
    }

    public InterestReceipt postInterest(String personId, Quarter quarter) {
        InterestReceipt receipt = commands.sendAndWait(new PostInterest(personId, quarter, LocalDate.now(clock)));
        catchUp.awaitAccount(personId);
        return receipt;
    }

    public TransferReceipt transferIn(String personId, String transferId, String fromRegion, Money amount) {
        TransferReceipt receipt = commands.sendAndWait(
                new TransferIn(personId, transferId, fromRegion, amount, LocalDate.now(clock)));
        catchUp.awaitAccount(personId);
        return receipt;
    }
}
