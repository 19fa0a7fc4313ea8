package ledger.app.payments;

import static ledger.app.payments.NationalAmounts.money;
import static ledger.app.payments.NationalAmounts.negated;
import static ledger.app.payments.NationalAmounts.number;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.app.payments.NationalMessages.Cancellation2208;
import ledger.app.payments.NationalMessages.SetlInfo;
import ledger.app.payments.NationalMessages.Settlement2207;
import ledger.app.payments.PaymentResponses.PaymentDetailJson;
import ledger.app.payments.PaymentResponses.RefundJson;
import ledger.money.Money;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;
import ledger.projections.account.AccountReadModels;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;
import org.springframework.stereotype.Component;

/**
 * Maps the national 2207 settlement and 2208 cancellation onto the ledger's payments
 * (docs/payments.md#national-messages). The payment id is {@code nat-<medins_setl_id>}, which is
 * also the {@code setl_id} answered; a repeated 2207 answers the stored settlement; a 2208 refunds
 * whatever is left of the settlement as one cancellation.
 */
@Component
class NationalSettlement {

    static final String PAYMENT_ID_PREFIX = "nat-";
    /** One cancellation per settlement: its refund id inside the payment. */
    static final String CANCELLATION_ID = "cancellation-2208";
    /** The ledger's id rule with room for the prefix: at most 64 characters in all. */
    private static final Pattern SETTLEMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");
    /** 310: employees' basic medical insurance, the only scheme with a personal account. */
    private static final String EMPLOYEE_BASIC_INSURANCE = "310";
    /** 01: the electronic medical-insurance voucher; a card needs the account PIN, which 2207 does not carry. */
    private static final String ELECTRONIC_VOUCHER = "01";
    /** 41: purchase at a designated retail pharmacy (定点药店购药). */
    private static final String PHARMACY_PURCHASE = "41";
    private static final DateTimeFormatter SETL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PaymentService payments;
    private final PaymentHistory history;
    private final AccountReadModels accounts;
    private final Clock clock;

    NationalSettlement(PaymentService payments, PaymentHistory history, AccountReadModels accounts, Clock clock) {
        this.payments = payments;
        this.history = history;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The settlement and whether it was booked now (false: the same 2207 was settled before). */
    record Settled(SetlInfo setlinfo, boolean booked) {
    }

    Settled settle(String institutionId, Settlement2207 message) {
        PaymentTerms terms = terms(required(institutionId, "fixmedins_code"), message);
        String paymentId = paymentId(message.medinsSetlId());
        Optional<PaymentDetailJson> earlier = settled(paymentId);
        if (earlier.isPresent()) {
            return new Settled(repeat(earlier.get(), terms, message), false);
        }
        try {
            payments.settle(paymentId, terms, null, null);
        } catch (ConflictWithHistory simultaneousTwin) {
            return new Settled(repeat(history.of(paymentId), terms, message), false);
        }
        return new Settled(setlinfo(history.of(paymentId), message), true);
    }

    SetlInfo cancel(Cancellation2208 message) {
        String paymentId = required(message.setlId(), "setl_id");
        PaymentDetailJson payment = settled(paymentId).orElseThrow(() -> new NotFound("unknown-settlement",
                "no settlement " + paymentId + " was booked by the ledger"));
        if (!payment.request().personId().equals(required(message.psnNo(), "psn_no"))) {
            throw new InvalidInput("settlement-of-another-person", "settlement " + paymentId
                    + " is not a settlement of the person given in psn_no");
        }
        RefundJson cancellation = payment.refunds().stream()
                .filter(refund -> CANCELLATION_ID.equals(refund.refundId())).findFirst()
                .orElseGet(() -> cancelled(paymentId, payment.leftToRefund()));
        return reversal(history.of(paymentId), cancellation, message.mdtrtId());
    }

    private RefundJson cancelled(String paymentId, Money left) {
        if (left.isZero()) {
            throw new RuleRefusal("nothing-to-cancel", "settlement " + paymentId + " was already refunded in full");
        }
        return RefundJson.of(payments.giveBack(paymentId, CANCELLATION_ID, RefundKind.CANCELLATION, left));
    }

    private PaymentTerms terms(String institutionId, Settlement2207 message) {
        String personId = required(message.psnNo(), "psn_no");
        required(message.mdtrtId(), "mdtrt_id");
        if (!EMPLOYEE_BASIC_INSURANCE.equals(message.insutype())) {
            throw new RuleRefusal("insutype-without-account", "insutype " + message.insutype()
                    + " has no personal account; only 310 (employees' basic medical insurance) is settled here");
        }
        if (!ELECTRONIC_VOUCHER.equals(message.mdtrtCertType())) {
            throw new RuleRefusal("voucher-required", "mdtrt_cert_type " + message.mdtrtCertType() + " is not "
                    + "settled by 2207 here: a card needs the account PIN (POST /api/v1/payments, channel CARD)");
        }
        if (!"1".equals(message.acctUsedFlag())) {
            throw new RuleRefusal("account-not-used", "acct_used_flag is not 1: the personal account pays nothing, "
                    + "and the ledger has nothing to settle");
        }
        Money personalPart = money(message.psnPartAmt(), "psn_part_amt");
        Money total = money(message.medfeeSumamt(), "medfee_sumamt");
        if (personalPart.exceeds(total)) {
            throw new InvalidInput("invalid-amount", "psn_part_amt " + personalPart + " exceeds medfee_sumamt " + total);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        PaymentPurpose purpose = PHARMACY_PURCHASE.equals(message.medType()) ? PaymentPurpose.PHARMACY
                : PaymentPurpose.MEDICAL;
        return new PaymentTerms(personId, personalPart, now, institutionId, purpose, null, Channel.E_VOUCHER,
                usesFamilyAccounts(personId, message.acctMulaidFlag()));
    }

    /**
     * {@code acct_mulaid_flag} 1 or 0 as sent; absent, as the platform does by itself: the family
     * accounts when someone registered the person as a family member.
     */
    private boolean usesFamilyAccounts(String personId, String flag) {
        if (flag == null) {
            return !accounts.familyAccountsOf(personId).isEmpty();
        }
        if (!flag.equals("0") && !flag.equals("1")) {
            throw new InvalidInput("invalid-flag", "acct_mulaid_flag must be 0 or 1, not " + flag);
        }
        return flag.equals("1");
    }

    /** The same settlement id again: the stored answer when it is the same bill, else a refusal. */
    private SetlInfo repeat(PaymentDetailJson earlier, PaymentTerms terms, Settlement2207 message) {
        PaymentTerms stored = earlier.request();
        boolean same = stored.personId().equals(terms.personId()) && stored.amount().equals(terms.amount())
                && stored.institutionId().equals(terms.institutionId()) && stored.purpose() == terms.purpose()
                && stored.useFamilyAccounts() == terms.useFamilyAccounts();
        if (!same) {
            throw new ConflictWithHistory("settlement-id-reused", "medins_setl_id " + message.medinsSetlId()
                    + " was already settled for another bill; the same id with a different message is refused");
        }
        return setlinfo(earlier, message);
    }

    private SetlInfo setlinfo(PaymentDetailJson payment, Settlement2207 message) {
        PaymentResponses.PaymentJson settled = payment.settlement();
        return new SetlInfo(payment.paymentId(), message.mdtrtId(), payment.request().personId(),
                message.medinsSetlId(), message.insutype(), message.medType(), message.medfeeSumamt(),
                number(payment.request().amount()), number(settled.accountPaid()),
                number(settled.familyAccountsPaid()), number(settled.cashDue()),
                number(settled.payerBalanceAfter().total()), setlTime(payment.request().occurredAt()));
    }

    private SetlInfo reversal(PaymentDetailJson payment, RefundJson cancellation, String mdtrtId) {
        Money family = cancellation.allocations().stream()
                .filter(share -> !share.accountId().equals(payment.request().personId()))
                .map(PaymentResponses.AllocationJson::amount).reduce(Money.ZERO, Money::plus);
        Money accountsPaid = cancellation.amount().minus(cancellation.cashRefund());
        return new SetlInfo(payment.paymentId(), mdtrtId, payment.request().personId(),
                payment.paymentId().substring(PAYMENT_ID_PREFIX.length()), null, null, null,
                negated(cancellation.amount()), negated(accountsPaid), negated(family), negated(cancellation.cashRefund()),
                number(balance(payment.request().personId())), setlTime(OffsetDateTime.now(clock)));
    }

    private Money balance(String personId) {
        return accounts.account(personId).map(view -> view.balance().total()).orElse(Money.ZERO);
    }

    private Optional<PaymentDetailJson> settled(String paymentId) {
        try {
            return Optional.of(history.of(paymentId));
        } catch (NotFound none) {
            return Optional.empty();
        }
    }

    /** {@code nat-<medins_setl_id>}: a payment id of the ledger's own form, apart from the ledger API's ids. */
    static String paymentId(String medinsSetlId) {
        if (medinsSetlId == null || !SETTLEMENT_ID.matcher(medinsSetlId).matches()) {
            throw new InvalidInput("invalid-settlement-id", "medins_setl_id must be 1 to 60 letters, digits, '_', "
                    + "'.' or '-', starting with a letter or digit");
        }
        return PAYMENT_ID_PREFIX + medinsSetlId;
    }

    private String setlTime(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).format(SETL_TIME);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("missing-field", field + " is required");
        }
        return value;
    }
}
