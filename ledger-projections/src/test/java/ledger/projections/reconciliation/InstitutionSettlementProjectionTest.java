package ledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.event.PaymentSettled;
import ledger.payment.value.Allocation;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;
import ledger.projections.ReadModelDatabase;
import ledger.projections.reconciliation.InstitutionDays.Total;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reconciliation read model, by calling its handlers: redelivered events change nothing. */
class InstitutionSettlementProjectionTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private JdbcTemplate jdbc;
    private InstitutionSettlementProjection projection;
    private InstitutionDays days;

    @BeforeEach
    void migrate() {
        jdbc = ReadModelDatabase.fresh("institution-settlements");
        projection = new InstitutionSettlementProjection(jdbc, region -> BEIJING);
        days = new InstitutionDays(jdbc);
    }

    @Test
    void aSettlementAndARefundDeliveredTwiceAreBookedOnce() {
        PaymentSettled settled = settled("P1", "100.00", "30.00", "2023-03-01T16:30:00Z");
        PaymentRefunded refunded = new PaymentRefunded("P1", "R1", RefundKind.REFUND, Money.parse("40.00"),
                Money.parse("30.00"), List.of(new Allocation("p1", Pot.EARMARKED, Money.parse("10.00"))), List.of(),
                LocalDate.parse("2023-03-05"));

        projection.on(settled);
        projection.on(refunded);
        projection.on(settled);
        projection.on(refunded);

        assertThat(days.totals("H1", LocalDate.parse("2023-03-02")))
                .containsExactly(new Total("SETTLEMENT", 1, 10_000, 7_000, 3_000));
        assertThat(days.totals("H1", LocalDate.parse("2023-03-05")))
                .containsExactly(new Total("REFUND", 1, 4_000, 1_000, 3_000));
        assertThat(days.totals("H1", LocalDate.parse("2023-03-01"))).isEmpty();
    }

    private static PaymentSettled settled(String paymentId, String amount, String cash, String occurredAt) {
        PaymentTerms terms = new PaymentTerms("p1", Money.parse(amount), OffsetDateTime.parse(occurredAt), "H1",
                PaymentPurpose.MEDICAL, null, Channel.E_VOUCHER, false);
        Money fromAccount = Money.parse(amount).minus(Money.parse(cash));
        return new PaymentSettled(paymentId, terms, List.of(new Allocation("p1", Pot.EARMARKED, fromAccount)),
                fromAccount, Money.ZERO, Money.parse(cash), new Balances(Money.ZERO, Money.ZERO));
    }
}
