package ledger.app.payments;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import ledger.account.RefundKind;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.payments.PaymentRequests.PaymentRequest;
import ledger.app.payments.PaymentRequests.RefundRequest;
import ledger.app.payments.PaymentRequests.ReimbursementRequest;
import ledger.app.payments.PaymentResponses.PaymentDetailJson;
import ledger.app.payments.PaymentResponses.PaymentJson;
import ledger.app.payments.PaymentResponses.RefundJson;
import ledger.app.pin.PinVault;
import ledger.app.web.UnknownAccount;
import ledger.money.Money;
import ledger.payment.Allocation;
import ledger.payment.Channel;
import ledger.payment.FundingOrderMoved;
import ledger.payment.Payment;
import ledger.payment.PaymentReceipt;
import ledger.payment.PaymentTerms;
import ledger.payment.RefundPayment;
import ledger.payment.RefundReceipt;
import ledger.payment.SettlePayment;
import ledger.refusal.RuleRefusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The settlement systems' endpoints: pay in real time, refund, reimburse (domain-rules §4–§7). */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

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
    private final PaymentHistory history;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    PaymentController(CommandGateway commands, EventStore eventStore, PinVault pins, PaymentHistory history,
                      ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.pins = pins;
        this.history = history;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<PaymentJson> pay(@Valid @RequestBody PaymentRequest request) {
        checkNotAhead(request.occurredAt());
        PaymentTerms terms = new PaymentTerms(request.personId(), request.amount(), request.occurredAt(),
                request.institutionId(), request.purpose(), request.beneficiaryId(), request.channel(),
                request.useFamilyAccounts());
        if (eventStore.lastSequenceNumberFor(request.personId()).isEmpty()) {
            throw new UnknownAccount(request.personId());
        }
        if (needsPinCheck(request)) {
            pins.checkCardPayment(request.personId(), request.amount(), request.pin());
        }
        PaymentReceipt receipt = settledDespiteRaces(
                () -> commands.sendAndWait(new SettlePayment(request.paymentId(), terms)));
        catchUp.awaitAccounts(accountsOf(request.personId(), receipt.allocations()));
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(PaymentJson.of(receipt));
    }

    @PostMapping("/{paymentId}/refunds")
    ResponseEntity<RefundJson> refund(@PathVariable String paymentId, @Valid @RequestBody RefundRequest request) {
        return giveBack(paymentId, request.refundId(), RefundKind.REFUND, request.amount());
    }

    @PostMapping("/{paymentId}/reimbursements")
    ResponseEntity<RefundJson> reimburse(@PathVariable String paymentId,
                                         @Valid @RequestBody ReimbursementRequest request) {
        return giveBack(paymentId, request.reimbursementId(), RefundKind.REIMBURSEMENT, request.amount());
    }

    @GetMapping("/{paymentId}")
    PaymentDetailJson payment(@PathVariable String paymentId) {
        return history.of(paymentId);
    }

    private ResponseEntity<RefundJson> giveBack(String paymentId, String refundId, RefundKind kind, Money amount) {
        RefundReceipt receipt = commands.sendAndWait(
                new RefundPayment(paymentId, refundId, kind, amount, LocalDate.now(clock)));
        catchUp.awaitAccounts(receipt.allocations().stream().map(Allocation::accountId).distinct().toList());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(RefundJson.of(receipt));
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

    /** The card channel checks the PIN, except for exempt payments and a payment id already settled. */
    private boolean needsPinCheck(PaymentRequest request) {
        return request.channel() == Channel.CARD
                && request.pinExemption() == null
                && eventStore.lastSequenceNumberFor(Payment.streamId(request.paymentId())).isEmpty();
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

    private static Set<String> accountsOf(String personId, java.util.List<Allocation> allocations) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(personId);
        allocations.forEach(allocation -> ids.add(allocation.accountId()));
        return ids;
    }
}
