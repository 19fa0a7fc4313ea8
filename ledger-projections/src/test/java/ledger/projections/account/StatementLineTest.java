package ledger.projections.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.RefundCredited;
import ledger.account.value.ClosureReason;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entry codes of the national list (domain-rules §10) and the two the project defines. */
class StatementLineTest {

    private static final String PERSON = "110101198001010011";
    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);
    private static final Balances AFTER = new Balances(Money.parse("100.00"), Money.ZERO);

    @Test
    void aRoutineCashWithdrawalIsNotAClearance() {
        StatementLine line = StatementLine.of(new CashWithdrawn(PERSON, "w-1", Money.parse("50.00"), DAY, AFTER));

        assertThat(line).isEqualTo(new StatementLine("CASH_WITHDRAWAL", "901", "withdrawal w-1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REFUND, 109", "CANCELLATION, 109", "REIMBURSEMENT, 902"})
    void aRefundIsCode109AndAManualReimbursementHasTheProjectsCode(RefundKind kind, String code) {
        StatementLine line = StatementLine.of(new RefundCredited(PERSON, "P1", "R1", kind, Pot.WITHDRAWABLE,
                Money.parse("20.00"), DAY, AFTER));

        assertThat(line.nationalCode()).isEqualTo(code);
        assertThat(line.type()).isEqualTo(kind.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DECEASED, 208", "FOREIGN_NATIONALITY, 203", "LEFT_CHINA, 203", "OTHER_SCHEME, 203",
            "TRANSFERRED_OUT, 207"})
    void aPayoutAtTerminationKeepsItsNationalCode(ClosureReason reason, String code) {
        StatementLine line = StatementLine.of(new BalancePaidOut(PERSON, reason, "payee-1", Money.parse("100.00"),
                Money.ZERO, DAY, Balances.EMPTY));

        assertThat(line.nationalCode()).isEqualTo(code);
    }
}
