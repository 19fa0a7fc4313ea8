package ledger.app.regions;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each region's accounts may pay (domain-rules §4) and where cash is paid out (§1), over HTTP:
 * an unknown purpose is bad input, a purpose the region refuses is a rule's refusal, nothing changes.
 */
class PurposeAndCashApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private PaymentSteps payments;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
    }

    /** 002 汉 第八条(三): 职工大额医疗保险. */
    @Test
    void aWuhanAccountPaysTheLargeMedicalInsurance() {
        String person = opened("WUHAN");

        HttpAnswer paid = payments.pay(PaymentToMake.of(person, "90.00").withPurpose("LARGE_MEDICAL_INSURANCE")
                .withOccurredAt("2024-05-01T10:00:00+08:00"));

        paid.expectJson(201).expectFields("accountPaid", "90.00", "cashDue", "0.00");
        accounts.expectBalance(person, "410.00", "0.00", "410.00");
    }

    /** 002 玉 第十六条(三): 购买商业健康保险. */
    @Test
    void aYuxiAccountPaysCommercialHealthInsurance() {
        String person = opened("YUXI");

        HttpAnswer paid = payments.pay(PaymentToMake.of(person, "120.00")
                .withPurpose("COMMERCIAL_HEALTH_INSURANCE").withOccurredAt("2024-05-01T10:00:00+08:00"));

        paid.expectJson(201).expectFields("accountPaid", "120.00");
    }

    @Test
    void aBeijingAccountDoesNotPayTheLargeMedicalInsurance() {
        String person = opened("BEIJING");
        PaymentToMake payment = PaymentToMake.of(person, "90.00").withPurpose("LARGE_MEDICAL_INSURANCE");

        payments.pay(payment).expectProblem(422, "purpose-not-allowed", "BEIJING", "LARGE_MEDICAL_INSURANCE");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
        payments.payment(payment.paymentId()).expectProblem(404, "unknown-payment");
    }

    /** 002 玉 第十七条: 不得用于…健康体检. */
    @Test
    void aYuxiAccountNeverPaysAHealthCheckUp() {
        String person = opened("YUXI");

        payments.pay(PaymentToMake.of(person, "300.00").withPurpose("HEALTH_CHECKUP")
                .withOccurredAt("2024-05-01T10:00:00+08:00"))
                .expectProblem(422, "purpose-not-allowed", "HEALTH_CHECKUP", "玉 第十七条");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void noAccountPaysFitness() {
        String person = opened("SHANGHAI");

        payments.pay(PaymentToMake.of(person, "300.00").withPurpose("FITNESS"))
                .expectProblem(422, "purpose-not-allowed", "FITNESS");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void anUnknownPurposeIsBadInput() {
        String person = opened("BEIJING");

        payments.pay(PaymentToMake.of(person, "30.00").withPurpose("GYM"))
                .expectProblem(400, "malformed-request", "purpose", "GYM");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    /** 000 Q15: 2022年9月1日起…为本人购买北京普惠健康保. */
    @Test
    void beijingSupplementaryInsuranceForOneselfWaitsForSeptember2022() {
        String person = opened("BEIJING");
        PaymentToMake premium = PaymentToMake.of(person, "89.00").withPurpose("SUPPLEMENTARY_INSURANCE");

        payments.pay(premium.withOccurredAt("2022-08-31T23:00:00+08:00"))
                .expectProblem(422, "purpose-not-yet-allowed", "2022-09-01");
        payments.pay(premium.withOccurredAt("2022-09-01T09:00:00+08:00")).expectJson(201);

        accounts.expectBalance(person, "411.00", "0.00", "411.00");
    }

    /** 000 Q11–Q13: Beijing pays its withdrawable pot out in cash (CashWithdrawalApiTest); elsewhere it is off. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SHANGHAI", "WUHAN", "TONGLIAO", "QINGYANG", "YUXI"})
    void noRegionButBeijingPaysCash(String region) {
        String person = opened(region);

        accounts.withdraw(person, AccountToOpen.newPersonId("w"), "100.00", "2024-04-01")
                .expectProblem(422, "cash-withdrawal-not-allowed", region);

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    private String opened(String region) {
        return accounts.opened(AccountToOpen.of(region, "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
    }
}
