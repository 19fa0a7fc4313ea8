package ledger.app.payments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/**
 * The national medical-security platform's settlement messages as hospital systems send them
 * (field names exactly as the national interface spells them, docs/payments.md#national-messages):
 * an envelope with the institution and message id around {@code input.data}, answered with
 * {@code infcode} (0 done, -1 refused), {@code err_msg} and {@code output.setlinfo}. Amounts are JSON
 * numbers with two decimals, read as {@link BigDecimal} from the JSON text, never through a double.
 * The national messages carry many fields the personal account does not book (operator, signature,
 * diagnosis, ...): those are passed over, unlike an unknown field of the ledger's own API.
 */
final class NationalMessages {

    private NationalMessages() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Envelope<T>(String infno, String msgid, String fixmedinsCode, Input<T> input) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Input<T>(T data) {
    }

    /** 2207 outpatient settlement: the personal-account part of it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Settlement2207(String psnNo, String mdtrtCertType, String mdtrtId, String medinsSetlId, String insutype,
                          String medType, BigDecimal medfeeSumamt, BigDecimal psnPartAmt, String acctUsedFlag,
                          String acctMulaidFlag) {

        @Override
        public String toString() {
            return "Settlement2207[" + medinsSetlId + "]";
        }
    }

    /** 2208 cancellation of a settlement. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Cancellation2208(String setlId, String mdtrtId, String psnNo) {

        @Override
        public String toString() {
            return "Cancellation2208[" + setlId + "]";
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Answer(int infcode, String infRefmsgid, String errMsg, Output output) {

        static Answer done(String msgid, SetlInfo setlinfo) {
            return new Answer(0, msgid, null, new Output(setlinfo));
        }

        static Answer refused(String msgid, String errMsg) {
            return new Answer(-1, msgid, errMsg, null);
        }
    }

    record Output(SetlInfo setlinfo) {
    }

    /**
     * A settlement (2207) or its cancellation (2208, amounts negative as the platform reports a
     * reversal). {@code acct_pay} is everything the accounts paid, own and family (000 Q28);
     * {@code acct_mulaid_pay} is the family accounts' part of it; {@code balc} the payer's balance after.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SetlInfo(String setlId, String mdtrtId, String psnNo, String medinsSetlId, String insutype, String medType,
                    BigDecimal medfeeSumamt, BigDecimal psnPartAmt, BigDecimal acctPay, BigDecimal acctMulaidPay,
                    BigDecimal psnCashPay, BigDecimal balc, String setlTime) {
    }
}
