package ledger.app.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import ledger.account.value.RefundKind;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.pin.PinVault;
import ledger.app.web.UnknownAccount;
import ledger.money.Money;
import ledger.payment.Payment;
import ledger.payment.command.RefundPayment;
import ledger.payment.command.SettlePayment;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;
import ledger.payment.value.PinExemption;
import ledger.refusal.RuleRefusal;
import ledger.settling.FundingOrderMoved;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

/**
 * Settles, refunds and reimburses for every settlement interface (the ledger's own API and the
 * national 2207/2208 messages): checks the card PIN, retries lost races, and answers once the read
 * models show the accounts it touched.
 */
@Service
public class PaymentService {

    /**
     * A settlement is tried again when its funding order moved under it, or when a simultaneous
     * request changed one of its accounts or settled the same payment id first (the retry then
     * answers that settlement). Nothing was applied by the attempt that lost.
     * More attempts would hide a real problem.
     */
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final PinVault pins;
    private final PinExemptions exemptions;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    PaymentService(CommandGateway commands, EventStore eventStore, PinVault pins, PinExemptions exemptions,
                   ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.pins = pins;
        this.exemptions = exemptions;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /**
     * {@code declaredExemption} (may be null): the PIN exemption the settlement system claims; the
     * ledger decides whether it applies (domain-rules §7).
     */
    public PaymentReceipt settle(String paymentId, PaymentTerms terms, String pin, PinExemption declaredExemption) {
        checkNotAhead(terms.occurredAt());
        if (eventStore.lastSequenceNumberFor(terms.personId()).isEmpty()) {
            throw new UnknownAccount(terms.personId());
        }
        if (terms.channel() == Channel.CARD && !isSettled(paymentId)) {
            checkCardPin(terms, pin, declaredExemption);
        }
        PaymentReceipt receipt = settledDespiteRaces(() -> commands.sendAndWait(new SettlePayment(paymentId, terms)));
        catchUp.awaitAccounts(accountsOf(terms.personId(), receipt.allocations()));
        catchUp.awaitBooking(paymentId, paymentId);
        return receipt;
    }

    private void checkCardPin(PaymentTerms terms, String pin, PinExemption declaredExemption) {
        Optional<String> exemptionRefused = declaredExemption == null ? Optional.empty()
                : exemptions.refusal(declaredExemption, terms);
        if (declaredExemption == null || exemptionRefused.isPresent()) {
            pins.checkCardPayment(terms.personId(), terms.amount(), pin, exemptionRefused);
        }
    }

    public RefundReceipt giveBack(String paymentId, String refundId, RefundKind kind, Money amount) {
        RefundReceipt receipt = commands.sendAndWait(
                new RefundPayment(paymentId, refundId, kind, amount, LocalDate.now(clock)));
        catchUp.awaitAccounts(receipt.allocations().stream().map(Allocation::accountId).distinct().toList());
        catchUp.awaitBooking(paymentId, refundId);
        return receipt;
    }

    /**
     * A settlement system sends a payment as it happens; a day of clock skew between systems is
     * allowed, a payment dated later is a mistake (and would be debited before money that arrives
     * in between).
     */
    private void checkNotAhead(OffsetDateTime occurredAt) {
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        if (occurredAt.toInstant().isAfter(latest)) {
            throw new RuleRefusal("date-in-future", "occurredAt " + occurredAt + " is more than a day after now; "
                    + "a payment is sent as it happens");
        }
    }

    /** A payment id already settled answers its settlement again: no PIN is asked a second time. */
    private boolean isSettled(String paymentId) {
        return eventStore.lastSequenceNumberFor(Payment.streamId(paymentId)).isPresent();
    }

    private static PaymentReceipt settledDespiteRaces(Supplier<PaymentReceipt> settlement) {
        for (int attempt = 1; ; attempt++) {
            try {
                return settlement.get();
            } catch (FundingOrderMoved | ConcurrencyException | AggregateStreamCreationException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private static Set<String> accountsOf(String personId, List<Allocation> allocations) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(personId);
        allocations.forEach(allocation -> ids.add(allocation.accountId()));
        return ids;
    }
}
