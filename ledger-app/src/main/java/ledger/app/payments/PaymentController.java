package ledger.app.payments;

import jakarta.validation.Valid;
import ledger.account.value.RefundKind;
import ledger.app.openapi.AnswersCreatedOrRepeated;
import ledger.app.payments.PaymentRequests.PaymentRequest;
import ledger.app.payments.PaymentRequests.RefundRequest;
import ledger.app.payments.PaymentRequests.ReimbursementRequest;
import ledger.app.payments.PaymentResponses.PaymentDetailJson;
import ledger.app.payments.PaymentResponses.PaymentJson;
import ledger.app.payments.PaymentResponses.RefundJson;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.PaymentTerms;
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

    private final PaymentService payments;
    private final PaymentHistory history;

    PaymentController(PaymentService payments, PaymentHistory history) {
        this.payments = payments;
        this.history = history;
    }

    @PostMapping
    @AnswersCreatedOrRepeated
    ResponseEntity<PaymentJson> pay(@Valid @RequestBody PaymentRequest request) {
        PaymentTerms terms = new PaymentTerms(request.personId(), request.amount(), request.occurredAt(),
                request.institutionId(), request.purpose(), request.beneficiaryId(), request.channel(),
                request.useFamilyAccounts());
        PaymentReceipt receipt = payments.settle(request.paymentId(), terms, request.pin(), request.pinExemption());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(PaymentJson.of(receipt));
    }

    @PostMapping("/{paymentId}/refunds")
    @AnswersCreatedOrRepeated
    ResponseEntity<RefundJson> refund(@PathVariable String paymentId, @Valid @RequestBody RefundRequest request) {
        return answer(payments.giveBack(paymentId, request.refundId(), RefundKind.REFUND, request.amount()));
    }

    @PostMapping("/{paymentId}/reimbursements")
    @AnswersCreatedOrRepeated
    ResponseEntity<RefundJson> reimburse(@PathVariable String paymentId,
                                         @Valid @RequestBody ReimbursementRequest request) {
        return answer(payments.giveBack(paymentId, request.reimbursementId(), RefundKind.REIMBURSEMENT,
                request.amount()));
    }

    @GetMapping("/{paymentId}")
    PaymentDetailJson payment(@PathVariable String paymentId) {
        return history.of(paymentId);
    }

    private static ResponseEntity<RefundJson> answer(RefundReceipt receipt) {
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(RefundJson.of(receipt));
    }
}
