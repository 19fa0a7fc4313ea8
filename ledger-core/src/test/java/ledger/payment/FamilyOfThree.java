package ledger.payment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.Relation;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;
import ledger.policy.Category;

/**
 * The household every settlement test pays from, in Beijing: a child with 100.00 of his own,
 * registered first by his mother (500.00) and then by his father (50.00), so his funding order is
 * mother, father. All of it is pre-reform money, so withdrawable, unless a test posts a credit.
 */
final class FamilyOfThree {

    static final String CHILD = "110101201001010022";
    static final String MOTHER = "110101198005200011";
    static final String FATHER = "110101197803030033";
    static final String HOSPITAL = "H11010800001";
    static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    static final LocalDate MOTHER_REGISTERS = LocalDate.of(2022, 10, 20);
    static final LocalDate FATHER_REGISTERS = LocalDate.of(2022, 10, 25);
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    static final OffsetDateTime MAY_1_2024 = OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, BEIJING);

    private FamilyOfThree() {
    }

    static void openAndRegister(InMemoryLedger ledger) {
        open(ledger, CHILD, LocalDate.of(2010, 1, 1), "100.00");
        open(ledger, MOTHER, LocalDate.of(1980, 5, 20), "500.00");
        open(ledger, FATHER, LocalDate.of(1978, 3, 3), "50.00");
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD, Relation.CHILD, MOTHER_REGISTERS));
        ledger.send(new RegisterFamilyMember(FATHER, CHILD, Relation.CHILD, FATHER_REGISTERS));
    }

    static void open(InMemoryLedger ledger, String personId, LocalDate born, String legacyWithdrawable) {
        ledger.send(new OpenAccount(personId, "BEIJING", Category.EMPLOYEE, born, OPENED, null,
                yuan(legacyWithdrawable)));
    }

    /** 2% of a 2,000.00 base for March 2024, credited on 2024-03-05: 40.00 into the earmarked pot. */
    static void creditFortyEarmarked(InMemoryLedger ledger, String personId) {
        ledger.send(new PostMonthlyCredit(personId, YearMonth.of(2024, 3), yuan("2000.00"), LocalDate.of(2024, 3, 5)));
    }

    static PaymentTerms medical(String payer, String amount, OffsetDateTime at, boolean useFamilyAccounts) {
        return new PaymentTerms(payer, yuan(amount), at, HOSPITAL, PaymentPurpose.MEDICAL, null, Channel.E_VOUCHER,
                useFamilyAccounts);
    }

    static PaymentTerms premium(String payer, PaymentPurpose purpose, String beneficiary, String amount,
                                OffsetDateTime at, boolean useFamilyAccounts) {
        return new PaymentTerms(payer, yuan(amount), at, HOSPITAL, purpose, beneficiary, Channel.E_VOUCHER,
                useFamilyAccounts);
    }

    /** Events appended to a stream since {@code before} was taken. */
    static List<Object> newEvents(InMemoryLedger ledger, Map<String, List<Object>> before, String aggregateId) {
        List<Object> all = ledger.eventsOf(aggregateId);
        return all.subList(before.get(aggregateId).size(), all.size());
    }

    static Money yuan(String yuan) {
        return Money.parse(yuan);
    }

    static Balances balances(String withdrawable, String earmarked) {
        return new Balances(yuan(withdrawable), yuan(earmarked));
    }
}
