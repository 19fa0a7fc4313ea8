package ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The normal path logs no warning and no stack trace: a log that cries wolf at every payment hides a real fault. */
@ExtendWith(OutputCaptureExtension.class)
class QuietPaymentLogTest extends LedgerApiTest {

    @Test
    void aNewPaymentAndItsRepeatLogNoWarningAndNoStackTrace(CapturedOutput output) {
        AccountSteps accounts = new AccountSteps(http);
        PaymentSteps payments = new PaymentSteps(http);
        String person = accounts.opened(FamilyPaymentApiTest.beijing("quiet", "100.00"));
        PaymentToMake bill = PaymentToMake.of(person, "30.00");
        int before = output.getAll().length();

        payments.pay(bill).expectJson(201);
        payments.pay(bill).expectJson(200);
        payments.refund(bill.paymentId(), bill.paymentId() + "-refund", "10.00").expectJson(201);

        String logged = output.getAll().substring(before);
        assertThat(logged).as("log of a payment, its repeat and a refund")
                .doesNotContain(" WARN ", " ERROR ", "Exception", "\tat ");
    }
}
