package ledger.payment;

import static ledger.money.Pot.WITHDRAWABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ledger.account.command.OpenAccount;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.event.AccountDebited;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.Relation;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.command.SettlePayment;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;
import ledger.policy.Category;
import ledger.policy.CredentialPolicy;
import ledger.policy.FamilyAidPolicy;
import ledger.policy.PolicyCatalog;
import ledger.policy.RegionPolicy;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Yuxi (002 玉 第十九条): a registered family member pays with the holder's credential; the holder's
 * account pays and the patient the rest, and the ledger records which member used the account. The
 * shipped policies have no Yuxi yet (issue 13 item 9), so the test builds a region with that rule.
 */
class HoldersCredentialPaymentTest {

    private static final String HOLDER = "530402198005200011";
    private static final String MEMBER = "530402201001010022";
    private static final String STRANGER = "530402197803030033";
    private static final String PHARMACY = "P53040200001";
    private static final OffsetDateTime MAY_1_2024 = OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);

    private final InMemoryLedger ledger = new InMemoryLedger(PolicyCatalog.of(yuxiLike(true), beijingLike()));

    /** Beijing's rules, under another name, with the holder's credential paying for his members. */
    private static RegionPolicy yuxiLike(boolean memberPaysWithHoldersCredential) {
        RegionPolicy beijing = InMemoryLedger.CATALOG.region("BEIJING");
        return new RegionPolicy("YUXI-TEST", "玉溪市 (test)", beijing.timeZone(), LocalDate.of(2023, 1, 1),
                beijing.creditRules(), new FamilyAidPolicy(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1),
                "002 玉 第三十一条"), beijing.interest(), beijing.use(), new CredentialPolicy(true, LocalDate.of(2023, 1, 1),
                memberPaysWithHoldersCredential, "002 玉 第十九条"), List.of());
    }

    private static RegionPolicy beijingLike() {
        return InMemoryLedger.CATALOG.region("BEIJING");
    }

    @BeforeEach
    void setUp() {
        open(HOLDER, "500.00");
        open(MEMBER, "100.00");
        open(STRANGER, "100.00");
        ledger.send(new RegisterFamilyMember(HOLDER, MEMBER, Relation.CHILD, LocalDate.of(2023, 1, 2)));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aMemberPaysWithTheHoldersCredentialFromTheHoldersAccountAndTheRestHimself() {
        PaymentTerms terms = bill(HOLDER, MEMBER, "620.00", false);

        PaymentReceipt receipt = ledger.send(new SettlePayment("setl-yx-1", terms));

        assertThat(receipt).isEqualTo(new PaymentReceipt("setl-yx-1",
                List.of(new Allocation(HOLDER, WITHDRAWABLE, Money.parse("500.00"))), Money.parse("500.00"),
                Money.ZERO, Money.parse("500.00"), Money.parse("120.00"), Balances.EMPTY, false));
        assertThat(ledger.eventsOf(HOLDER)).endsWith(new AccountDebited(HOLDER, "setl-yx-1", WITHDRAWABLE,
                Money.parse("500.00"), HOLDER, MEMBER, PaymentPurpose.PHARMACY, PHARMACY, MAY_1_2024,
                MAY_1_2024.toLocalDate(), Balances.EMPTY));
        assertThat(ledger.eventsOf(MEMBER)).hasSize(3);
    }

    @Test
    void cannotPayWithTheCredentialOfAHolderWhoDidNotRegisterThePatient() {
        ledger.assertRefused(new SettlePayment("setl-yx-2", bill(STRANGER, MEMBER, "20.00", false)),
                RuleRefusal.class, "beneficiary-not-registered");
    }

    @Test
    void theHoldersCredentialDrawsNoFamilyAccounts() {
        ledger.assertRefused(new SettlePayment("setl-yx-3", bill(HOLDER, MEMBER, "20.00", true)),
                RuleRefusal.class, "holders-credential-pays-from-holders-account");
    }

    /** Elsewhere each member pays with his own credential (000 Q25): a bill names no other beneficiary. */
    @Test
    void whereTheRegionDoesNotAllowItABillIsForThePersonWhoPays() {
        InMemoryLedger elsewhere = new InMemoryLedger(PolicyCatalog.of(yuxiLike(false)));
        elsewhere.send(new OpenAccount(HOLDER, "YUXI-TEST", Category.EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED,
                null, Money.parse("500.00")));

        elsewhere.assertRefused(new SettlePayment("setl-yx-4", bill(HOLDER, MEMBER, "20.00", false)),
                InvalidInput.class, "beneficiary-not-allowed");
        elsewhere.close();
    }

    private static PaymentTerms bill(String credentialHolder, String patient, String amount, boolean useFamily) {
        return new PaymentTerms(credentialHolder, Money.parse(amount), MAY_1_2024, PHARMACY, PaymentPurpose.PHARMACY,
                patient, Channel.CARD, useFamily);
    }

    private void open(String personId, String legacy) {
        ledger.send(new OpenAccount(personId, "YUXI-TEST", Category.EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED,
                null, Money.parse(legacy)));
    }
}
