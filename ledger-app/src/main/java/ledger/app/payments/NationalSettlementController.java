package ledger.app.payments;

import jakarta.servlet.http.HttpServletRequest;
import ledger.app.payments.NationalMessages.Answer;
import ledger.app.payments.NationalMessages.Cancellation2208;
import ledger.app.payments.NationalMessages.Envelope;
import ledger.app.payments.NationalMessages.Settlement2207;
import ledger.app.payments.NationalSettlement.Settled;
import ledger.app.web.UnknownAccount;
import ledger.refusal.InvalidInput;
import ledger.refusal.Refusal;
import ledger.settling.FundingOrderMoved;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national platform's settlement messages for hospital systems (SETTLEMENT role): 2207 settles
 * the personal-account part of an outpatient bill, 2208 cancels it. As the national interface does,
 * every answer is HTTP 200 with {@code infcode} 0 or, refused, -1 with {@code err_msg}; a refused
 * message changes nothing. Only a failure of the ledger itself answers 500 (still with infcode -1).
 */
@RestController
@RequestMapping("/api/v1/national")
class NationalSettlementController {

    private static final String SETTLE = "/2207";
    private static final Logger log = LoggerFactory.getLogger(NationalSettlementController.class);

    private final NationalSettlement settlement;
    private final SettlementMetrics metrics;

    NationalSettlementController(NationalSettlement settlement, SettlementMetrics metrics) {
        this.settlement = settlement;
        this.metrics = metrics;
    }

    @PostMapping(SETTLE)
    Answer settle(@RequestBody Envelope<Settlement2207> message) {
        Settled settled = settlement.settle(message.fixmedinsCode(), data(message));
        if (settled.booked()) {
            metrics.settled(SettlementMetrics.NATIONAL);
        }
        return Answer.done(message.msgid(), settled.setlinfo());
    }

    @PostMapping("/2208")
    Answer cancel(@RequestBody Envelope<Cancellation2208> message) {
        return Answer.done(message.msgid(), settlement.cancel(data(message)));
    }

    @ExceptionHandler(Refusal.class)
    Answer refused(Refusal refusal, HttpServletRequest request) {
        return refuse(request, refusal.code(), refusal.getMessage());
    }

    @ExceptionHandler(UnknownAccount.class)
    Answer unknownAccount(UnknownAccount e, HttpServletRequest request) {
        return refuse(request, "unknown-account", e.getMessage());
    }

    @ExceptionHandler({FundingOrderMoved.class, ConcurrencyException.class, AggregateStreamCreationException.class})
    Answer concurrentChange(RuntimeException e, HttpServletRequest request) {
        return refuse(request, "concurrent-change", "another request changed the same accounts at the same moment; "
                + "nothing was applied, send the message again");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Answer unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return refuse(request, "malformed-request", "the message is not readable JSON of this interface "
                + "(amounts are numbers with at most two decimals)");
    }

    /** The unit of work was rolled back: nothing was applied. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Answer> failed(RuntimeException e) {
        log.error("national settlement message failed; nothing was applied", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Answer.refused(null,
                "the ledger failed unexpectedly; nothing was applied [internal-error]"));
    }

    /** The refusal as the national interface answers it: infcode -1, the reason and its code in err_msg. */
    private Answer refuse(HttpServletRequest request, String code, String reason) {
        if (request.getRequestURI().endsWith(SETTLE)) {
            metrics.refused(SettlementMetrics.NATIONAL, code);
        }
        return Answer.refused(null, reason + " [" + code + "]");
    }

    private static <T> T data(Envelope<T> message) {
        if (message.input() == null || message.input().data() == null) {
            throw new InvalidInput("missing-field", "input.data is required");
        }
        return message.input().data();
    }
}
