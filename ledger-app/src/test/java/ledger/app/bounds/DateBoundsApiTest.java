package ledger.app.bounds;

import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every date of every request is held to 1900-01-01..2199-12-31, and nothing takes effect before the
 * account was opened (docs/api.md#limits). A refused date changes nothing and the account keeps working.
 */
class DateBoundsApiTest extends LedgerApiTest {

    private static final String FIVE_DIGIT_DAY = "+10000-01-01";

    private AccountSteps accounts;
    private PaymentSteps payments;
    private String person;

    /** Opened 2022-01-10 with 500.00 withdrawable from the old system. */
    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
    }

    @Test
    void refusesAWithdrawalDatedInTheYear10000() {
        accounts.withdraw(person, "w-1", "10.00", FIVE_DIGIT_DAY)
                .expectProblem(400, "date-out-of-range", "occurredOn", "1900-01-01 to 2199-12-31");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
        accounts.withdraw(person, "w-1", "10.00", "2024-03-01").expectJson(201);
    }

    @Test
    void refusesAPaymentAtAnInstantOfTheYear99999() {
        payments.pay(PaymentToMake.of(person, "10.00").withOccurredAt("+99999-01-01T10:00:00+08:00"))
                .expectProblem(400, "date-out-of-range", "occurredAt");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
        payments.pay(PaymentToMake.of(person, "10.00")).expectJson(201);
    }

    /** An instant without its offset names no moment; the refusal says which field and what form. */
    @Test
    void refusesAPaymentInstantWithoutItsOffsetNamingTheField() {
        payments.pay(PaymentToMake.of(person, "10.00").withOccurredAt("2024-05-01T10:00:00"))
                .expectProblem(400, "malformed-request", "field occurredAt", "with offset");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesAPaymentDatedMoreThanADayAhead() {
        String inThreeDays = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).withNano(0).toString();

        payments.pay(PaymentToMake.of(person, "10.00").withOccurredAt(inThreeDays))
                .expectProblem(422, "date-in-future", "occurredAt");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesAnOpeningWithADateOutsideTheRange() {
        AccountToOpen born1899 = AccountToOpen.of("BEIJING", "EMPLOYEE", "1899-12-31", "2022-01-10");
        accounts.open(born1899).expectProblem(400, "date-out-of-range", "birthDate");
        AccountToOpen opened10000 = AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", FIVE_DIGIT_DAY);
        accounts.open(opened10000).expectProblem(400, "date-out-of-range", "openedOn");

        accounts.expectNoAccount(born1899.personId());
        accounts.expectNoAccount(opened10000.personId());
    }

    @Test
    void refusesACreditForAPeriodOutsideTheRange() {
        accounts.credit(person, "+99999-01", "12345.67", "2024-01-05")
                .expectProblem(400, "malformed-request", "+99999-01");
        accounts.credit(person, "2999-01", "12345.67", "2999-01-05")
                .expectProblem(400, "date-out-of-range", "2999-01");
        accounts.credit(person, "2024-01", "12345.67", "2199-12-31")
                .expectProblem(422, "date-in-future", "creditedOn");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesInterestForAQuarterOutsideTheRange() {
        accounts.payInterest(person, "2999-Q1").expectProblem(400, "date-out-of-range", "quarter");
        accounts.payInterest(person, "1899-Q4").expectProblem(400, "date-out-of-range", "quarter");
    }

    @Test
    void refusesARegistrationAndAClosureDatedOutsideTheRange() {
        String member = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "2010-05-20", "2022-01-10"));
        new FamilySteps(http).register(person, member, "CHILD", FIVE_DIGIT_DAY)
                .expectProblem(400, "date-out-of-range", "registeredOn");
        accounts.close(person, "DECEASED", "1800-01-01", null).expectProblem(400, "date-out-of-range", "effectiveOn");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void refusesQueryDatesOutsideTheRange() {
        accounts.statement(person, "?from=%2B10000-01-01").expectProblem(400, "date-out-of-range", "from");
        accounts.statement(person, "?to=1899-12-31").expectProblem(400, "date-out-of-range", "to");
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/balance?asOf=1899-12-31")
                .expectProblem(400, "date-out-of-range", "asOf");
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/balance?asOf=2024-01-01"
                        + "&recordedBefore=2200-01-01T00:00:00Z")
                .expectProblem(400, "date-out-of-range", "recordedBefore");
    }

    @Test
    void refusesAWithdrawalAndAPaymentDatedBeforeTheAccountWasOpened() {
        accounts.withdraw(person, "w-1", "10.00", "2022-01-09")
                .expectProblem(422, "before-opening", "2022-01-09", "2022-01-10");
        payments.pay(PaymentToMake.of(person, "10.00").withOccurredAt("2021-12-31T10:00:00+08:00"))
                .expectProblem(422, "before-opening", "2021-12-31");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    /** Credited before Beijing's cutover, August's money is withdrawable, but only from 2022-08-05 on. */
    @Test
    void aBackdatedWithdrawalMayTakeOnlyWhatEveryLaterDayStillHolds() {
        String august = accounts.credit(person, "2022-08", "10000.00", "2022-08-05").expectJson(201)
                .expectField("pot", "WITHDRAWABLE").text("amount");

        accounts.withdraw(person, "w-march", "500.01", "2022-03-01")
                .expectProblem(422, "exceeds-withdrawable", "pot of 500.00 on 2022-03-01 and every day after");
        accounts.withdraw(person, "w-march", "500.00", "2022-03-01").expectJson(201);
        accounts.expectBalance(person, august, "0.00", august);
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/balance?asOf=2022-03-01").expectJson(200)
                .expectFields("balance.withdrawable", "0.00", "balance.total", "0.00");
    }

    @Test
    void paysNoInterestForAQuarterThatEndedBeforeTheAccountWasOpened() {
        accounts.payInterest(person, "2021-Q4").expectProblem(422, "quarter-before-opening", "2021-Q4", "2022-01-10");
    }

    @Test
    void refusesATerminationAfterToday() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();

        accounts.close(person, "DECEASED", tomorrow, null).expectProblem(422, "termination-in-future", tomorrow);

        accounts.account(person).expectJson(200).expectField("status", "OPEN");
    }

    @Test
    void refusesACreditForAPeriodNoRuleCovers() {
        String early = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1960-05-20", "1990-01-10"));

        accounts.credit(early, "1995-01", "1234.56", "1995-01-20").expectProblem(422, "no-credit-rule", "1995-01");

        http.as(CASEWORKER).get(accountPath(early)).expectJson(200).expectField("balance.total", "0.00");
    }
}
