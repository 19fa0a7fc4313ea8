package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.beijingRetireeBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.beijingInterest;
import static ledger.account.InterestFixtures.quarter;
import static ledger.account.InterestFixtures.wholeQuarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.RETIREE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import ledger.account.command.CloseAccount;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountDebited;
import ledger.account.event.AccountOpened;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.CreditRecovered;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.receipt.ClosureReceipt;
import ledger.account.value.ClosureReason;
import ledger.account.value.PaymentPurpose;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Liquidation (清算, domain-rules §8, 000 Q35, 004 第九条–第十条): credits for months after the
 * termination are returned to the fund (退收), the rest is paid to the payee and the account closes.
 */
class ClosureTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2020, 1, 2);
    /** Died on 2024-03-15; reported and liquidated on 2024-05-20, after April and May were credited. */
    private static final LocalDate DIED_ON = LocalDate.of(2024, 3, 15);
    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 5, 20);
    private static final String HEIRS = "legal heirs of " + PERSON;
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final AccountOpened BEIJING_RETIREE =
            new AccountOpened(PERSON, "BEIJING", RETIREE, LocalDate.of(1960, 5, 1), OPENED_ON, null);
    private static final LegacyBalanceMigrated LEGACY_300 =
            new LegacyBalanceMigrated(PERSON, yuan("300.00"), OPENED_ON, balances("300.00", "0.00"));
    /** 300.00 withdrawable, then 100.00 earmarked for each of March, April and May 2024. */
    private static final Object[] RETIREE_CREDITED_THROUGH_MAY = {BEIJING_RETIREE, LEGACY_300,
            retireeCredit(MARCH, "300.00", "100.00"), retireeCredit(APRIL, "300.00", "200.00"),
            retireeCredit(MAY, "300.00", "300.00")};

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void aDeathReportedTwoMonthsLateRecoversTheTwoLaterCreditsAndPaysTheRestToTheHeirs() {
        fixture.given(RETIREE_CREDITED_THROUGH_MAY)
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, null, CLOSED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new CreditRecovered(PERSON, APRIL, yuan("0.00"), yuan("100.00"), Money.ZERO, CLOSED_ON,
                                balances("300.00", "200.00")),
                        new CreditRecovered(PERSON, MAY, yuan("0.00"), yuan("100.00"), Money.ZERO, CLOSED_ON,
                                balances("300.00", "100.00")),
                        new BalancePaidOut(PERSON, ClosureReason.DECEASED, HEIRS, yuan("300.00"), yuan("100.00"),
                                CLOSED_ON, Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.DECEASED, DIED_ON, HEIRS, CLOSED_ON));
    }

    @Test
    void answersWhatWentBackToTheFundAndWhatThePayeeReceives() {
        fixture.given(RETIREE_CREDITED_THROUGH_MAY)
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, null, CLOSED_ON))
                .expectResultMessagePayload(new ClosureReceipt(yuan("200.00"), Money.ZERO, yuan("400.00"), HEIRS,
                        "208"));
    }

    @Test
    void theCreditForTheMonthOfDeathIsKept() {
        fixture.given(BEIJING_RETIREE, LEGACY_300, retireeCredit(MARCH, "300.00", "100.00"))
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, LocalDate.of(2024, 3, 31), null, CLOSED_ON))
                .expectEvents(
                        new BalancePaidOut(PERSON, ClosureReason.DECEASED, HEIRS, yuan("300.00"), yuan("100.00"),
                                CLOSED_ON, Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.DECEASED, LocalDate.of(2024, 3, 31), HEIRS,
                                CLOSED_ON));
    }

    @Test
    void paysTheHeirTheCaseworkerNames() {
        fixture.given(BEIJING_RETIREE, LEGACY_300)
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, "张三 (spouse)", CLOSED_ON))
                .expectEvents(
                        new BalancePaidOut(PERSON, ClosureReason.DECEASED, "张三 (spouse)", yuan("300.00"),
                                yuan("0.00"), CLOSED_ON, Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.DECEASED, DIED_ON, "张三 (spouse)", CLOSED_ON));
    }

    @Test
    void aBlankPayeeFallsBackToTheLegalHeirs() {
        fixture.given(BEIJING_RETIREE, LEGACY_300)
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, "  ", CLOSED_ON))
                .expectEvents(
                        new BalancePaidOut(PERSON, ClosureReason.DECEASED, HEIRS, yuan("300.00"), yuan("0.00"),
                                CLOSED_ON, Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.DECEASED, DIED_ON, HEIRS, CLOSED_ON));
    }

    /**
     * 250.00 of the earmarked money was spent on 2024-05-10, leaving 50.00: April is recovered as far as
     * that reaches, the rest of April and all of May are recorded as unrecovered, nothing is paid out.
     */
    @Test
    void recordsWhatThePotsCouldNoLongerCoverAsUnrecovered() {
        fixture.given(BEIJING_RETIREE, retireeCredit(MARCH, "0.00", "100.00"), retireeCredit(APRIL, "0.00", "200.00"),
                        retireeCredit(MAY, "0.00", "300.00"), pharmacyPayment("250.00", balances("0.00", "50.00")))
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, null, CLOSED_ON))
                .expectEvents(
                        new CreditRecovered(PERSON, APRIL, yuan("0.00"), yuan("50.00"), yuan("50.00"), CLOSED_ON,
                                Balances.EMPTY),
                        new CreditRecovered(PERSON, MAY, yuan("0.00"), yuan("0.00"), yuan("100.00"), CLOSED_ON,
                                Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.DECEASED, DIED_ON, HEIRS, CLOSED_ON))
                .expectResultMessagePayload(new ClosureReceipt(yuan("50.00"), yuan("150.00"), Money.ZERO, HEIRS,
                        "208"));
    }

    /** The earmarked pot holds 50.00 after a payment: the rest of April's 100.00 comes from the withdrawable pot. */
    @Test
    void recoversFromThePotTheCreditWentToAndThenFromTheOther() {
        fixture.given(BEIJING_RETIREE, LEGACY_300, retireeCredit(MARCH, "300.00", "100.00"),
                        retireeCredit(APRIL, "300.00", "200.00"), retireeCredit(MAY, "300.00", "300.00"),
                        pharmacyPayment("250.00", balances("300.00", "50.00")))
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, null, CLOSED_ON))
                .expectEvents(
                        new CreditRecovered(PERSON, APRIL, yuan("50.00"), yuan("50.00"), Money.ZERO, CLOSED_ON,
                                balances("250.00", "0.00")),
                        new CreditRecovered(PERSON, MAY, yuan("100.00"), yuan("0.00"), Money.ZERO, CLOSED_ON,
                                balances("150.00", "0.00")),
                        new BalancePaidOut(PERSON, ClosureReason.DECEASED, HEIRS, yuan("150.00"), yuan("0.00"),
                                CLOSED_ON, Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.DECEASED, DIED_ON, HEIRS, CLOSED_ON));
    }

    @Test
    void aTransferOutPaysBothPotsToTheReceivingRegion() {
        String payee = "Shanghai medical insurance agency";

        fixture.given(beijingEmployeeWith300And200())
                .when(new CloseAccount(PERSON, ClosureReason.TRANSFERRED_OUT, LocalDate.of(2024, 4, 30), payee,
                        LocalDate.of(2024, 5, 6)))
                .expectEvents(
                        new BalancePaidOut(PERSON, ClosureReason.TRANSFERRED_OUT, payee, yuan("300.00"),
                                yuan("200.00"), LocalDate.of(2024, 5, 6), Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.TRANSFERRED_OUT, LocalDate.of(2024, 4, 30), payee,
                                LocalDate.of(2024, 5, 6)))
                .expectResultMessagePayload(new ClosureReceipt(Money.ZERO, Money.ZERO, yuan("500.00"), payee, "207"));
    }

    @Test
    void aTransferOutWithoutPayeeGoesToTheAgencyOfTheReceivingRegion() {
        String agency = "medical insurance agency of the receiving region";

        fixture.given(beijingEmployeeWith300And200())
                .when(new CloseAccount(PERSON, ClosureReason.TRANSFERRED_OUT, LocalDate.of(2024, 4, 30), null,
                        LocalDate.of(2024, 5, 6)))
                .expectEvents(
                        new BalancePaidOut(PERSON, ClosureReason.TRANSFERRED_OUT, agency, yuan("300.00"),
                                yuan("200.00"), LocalDate.of(2024, 5, 6), Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.TRANSFERRED_OUT, LocalDate.of(2024, 4, 30), agency,
                                LocalDate.of(2024, 5, 6)));
    }

    /** A switch to another scheme (e.g. public medical care) pays the person himself, code 203. */
    @Test
    void aSwitchToAnotherSchemePaysThePersonUnderClearanceCode() {
        fixture.given(beijingEmployeeWith300And200())
                .when(new CloseAccount(PERSON, ClosureReason.OTHER_SCHEME, LocalDate.of(2024, 4, 30), null,
                        LocalDate.of(2024, 5, 6)))
                .expectEvents(
                        new BalancePaidOut(PERSON, ClosureReason.OTHER_SCHEME, PERSON, yuan("300.00"),
                                yuan("200.00"), LocalDate.of(2024, 5, 6), Balances.EMPTY),
                        new AccountClosed(PERSON, ClosureReason.OTHER_SCHEME, LocalDate.of(2024, 4, 30), PERSON,
                                LocalDate.of(2024, 5, 6)))
                .expectResultMessagePayload(new ClosureReceipt(Money.ZERO, Money.ZERO, yuan("500.00"), PERSON, "203"));
    }

    @Test
    void anEmptyAccountClosesWithoutPayout() {
        fixture.given(BEIJING_RETIREE)
                .when(new CloseAccount(PERSON, ClosureReason.LEFT_CHINA, DIED_ON, null, CLOSED_ON))
                .expectEvents(new AccountClosed(PERSON, ClosureReason.LEFT_CHINA, DIED_ON, PERSON, CLOSED_ON))
                .expectResultMessagePayload(new ClosureReceipt(Money.ZERO, Money.ZERO, Money.ZERO, PERSON, "203"));
    }

    @Test
    void cannotTerminateBeforeTheAccountWasOpened() {
        fixture.given(BEIJING_RETIREE, LEGACY_300)
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, OPENED_ON.minusDays(1), null, CLOSED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "closure-before-opening");
    }

    @Test
    void cannotLiquidateBeforeMoneyThatArrivedOnALaterDay() {
        fixture.given(BEIJING_RETIREE, LEGACY_300, retireeCredit(APRIL, "300.00", "100.00"))
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, null, LocalDate.of(2024, 4, 1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "closure-before-later-money");
    }

    @Test
    void cannotLiquidateOnAPaidInterestDay() {
        Quarter q1 = quarter("2024-Q1");

        fixture.given(BEIJING_RETIREE, LEGACY_300, beijingInterest(PERSON, q1,
                        wholeQuarter(WITHDRAWABLE, q1, "0.0020", 2_730_000, "0.15"),
                        wholeQuarter(EARMARKED, q1, "0.0020", 0, "0.00"), balances("300.15", "0.00")))
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, DIED_ON, null, LocalDate.of(2024, 3, 20)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }

    private static MonthlyCreditPosted retireeCredit(YearMonth period, String withdrawableAfter,
                                                     String earmarkedAfter) {
        return new MonthlyCreditPosted(PERSON, period, yuan("100.00"), EARMARKED, period.atDay(5), false,
                beijingRetireeBasis(RETIREE, 63, "under 70"), balances(withdrawableAfter, earmarkedAfter));
    }

    private static AccountDebited pharmacyPayment(String amount, Balances after) {
        return new AccountDebited(PERSON, "pay-1", EARMARKED, yuan(amount), PERSON, PERSON, PaymentPurpose.PHARMACY,
                "pharmacy-1", OffsetDateTime.of(2024, 5, 10, 10, 0, 0, 0, ZoneOffset.ofHours(8)), LocalDate.of(2024, 5, 10),
                after);
    }

    private static Object[] beijingEmployeeWith300And200() {
        return new Object[] {
                new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED_ON, null),
                LEGACY_300,
                new MonthlyCreditPosted(PERSON, APRIL, yuan("200.00"), EARMARKED, APRIL.atDay(5), false,
                        beijingActiveBasis(EMPLOYEE, "10000.00"), balances("300.00", "200.00"))};
    }
}
