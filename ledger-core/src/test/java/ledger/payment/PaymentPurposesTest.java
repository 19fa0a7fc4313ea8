package ledger.payment;

import static ledger.account.value.PaymentPurpose.COMMERCIAL_HEALTH_INSURANCE;
import static ledger.account.value.PaymentPurpose.HEALTH_CHECKUP;
import static ledger.account.value.PaymentPurpose.LARGE_MEDICAL_INSURANCE;
import static ledger.account.value.PaymentPurpose.SUPPLEMENTARY_INSURANCE;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.payment.FamilyOfThree.balances;
import static ledger.payment.FamilyOfThree.premium;
import static ledger.payment.FamilyOfThree.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ledger.account.command.OpenAccount;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.event.AccountDebited;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.Relation;
import ledger.payment.command.SettlePayment;
import ledger.payment.receipt.PaymentReceipt;
import ledger.policy.Category;
import ledger.refusal.RuleRefusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What each region's accounts may pay, and from when (domain-rules §4, §5), on the real Axon machinery. */
class PaymentPurposesTest {

    private static final String PAYMENT = "setl-2024-000077";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final OffsetDateTime MAY_1_2024 = OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, CHINA);
    private static final LocalDate OPENED = LocalDate.of(2021, 1, 10);
    private static final Map<String, String> HOLDERS = Map.of(
            "BEIJING", "110101198005200011", "SHANGHAI", "310101198005200011", "WUHAN", "420101198005200011",
            "TONGLIAO", "150501198005200011", "QINGYANG", "621001198005200011", "YUXI", "530402198005200011");
    private static final String SHANGHAI_SPOUSE = "310101198206060022";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Map<String, List<Object>> before;

    @BeforeEach
    void openOneAccountPerRegion() {
        HOLDERS.forEach((region, person) -> ledger.send(new OpenAccount(person, region, Category.EMPLOYEE,
                LocalDate.of(1980, 5, 20), OPENED, null, yuan("1000.00"))));
        ledger.send(new OpenAccount(SHANGHAI_SPOUSE, "SHANGHAI", Category.EMPLOYEE, LocalDate.of(1982, 6, 6), OPENED,
                null, yuan("10.00")));
        before = ledger.histories(histories());
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    /** 002 汉 第八条(三), 玉 第十六条(三): the employees' large-medical-expense insurance. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"WUHAN", "YUXI"})
    void paysTheLargeMedicalInsuranceWhereTheRegionAllowsIt(String region) {
        PaymentReceipt receipt = pay(region, LARGE_MEDICAL_INSURANCE, "90.00", MAY_1_2024);

        assertThat(receipt.accountPaid()).isEqualTo(yuan("90.00"));
        assertThat(ledger.eventsOf(HOLDERS.get(region))).last().isEqualTo(new AccountDebited(HOLDERS.get(region),
                PAYMENT, WITHDRAWABLE, yuan("90.00"), HOLDERS.get(region), HOLDERS.get(region),
                LARGE_MEDICAL_INSURANCE, FamilyOfThree.HOSPITAL, MAY_1_2024, MAY_1_2024.toLocalDate(),
                balances("910.00", "0.00")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BEIJING", "SHANGHAI", "TONGLIAO", "QINGYANG"})
    void cannotPayTheLargeMedicalInsuranceElsewhere(String region) {
        assertRefused(region, LARGE_MEDICAL_INSURANCE, MAY_1_2024, "purpose-not-allowed");
    }

    /** 002 玉 第十六条(三): 购买商业健康保险. */
    @Test
    void paysCommercialHealthInsuranceInYuxi() {
        assertThat(pay("YUXI", COMMERCIAL_HEALTH_INSURANCE, "120.00", MAY_1_2024).accountPaid())
                .isEqualTo(yuan("120.00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BEIJING", "SHANGHAI", "WUHAN", "TONGLIAO", "QINGYANG"})
    void cannotPayCommercialHealthInsuranceOutsideYuxi(String region) {
        assertRefused(region, COMMERCIAL_HEALTH_INSURANCE, MAY_1_2024, "purpose-not-allowed");
    }

    /** 001 二(四), 002 沪(三), 汉 第九条, 玉 第十七条: never public health, fitness, wellness, nor check-ups. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PaymentPurpose.class, names = {"PUBLIC_HEALTH", "FITNESS", "WELLNESS", "HEALTH_CHECKUP"})
    void cannotPayPublicHealthFitnessWellnessOrCheckUpsInAnyRegion(PaymentPurpose purpose) {
        HOLDERS.keySet().forEach(region -> assertRefused(region, purpose, MAY_1_2024, "purpose-not-allowed"));
    }

    /** 002 玉 第十七条 names 健康体检: the refusal cites it. */
    @Test
    void refusesAYuxiHealthCheckUpCitingItsArticle() {
        Throwable refusal = refusalOf("YUXI", HEALTH_CHECKUP, MAY_1_2024);

        assertThat(refusal).isInstanceOf(RuleRefusal.class).hasMessageContaining("玉 第十七条");
    }

    /** 000 Q15: 2022年9月1日起，参保人员可使用个人账户资金为本人购买北京普惠健康保. */
    @Test
    void cannotPayBeijingSupplementaryInsuranceForOneselfBeforeSeptember2022() {
        OffsetDateTime august31 = OffsetDateTime.of(2022, 8, 31, 23, 59, 0, 0, CHINA);

        assertRefused("BEIJING", SUPPLEMENTARY_INSURANCE, august31, "purpose-not-yet-allowed");
    }

    @Test
    void paysBeijingSupplementaryInsuranceForOneselfFromSeptember2022() {
        OffsetDateTime september1 = OffsetDateTime.of(2022, 9, 1, 0, 0, 0, 0, CHINA);

        assertThat(pay("BEIJING", SUPPLEMENTARY_INSURANCE, "89.00", september1).accountPaid())
                .isEqualTo(yuan("89.00"));
    }

    /** 002 沪(三): 2022年7月1日起…配偶、父母、子女: a Shanghai holder pays his spouse's premium from then. */
    @Test
    void paysAShanghaiFamilyMembersPremiumFromJuly2022() {
        LocalDate july1 = LocalDate.of(2022, 7, 1);
        ledger.send(new RegisterFamilyMember(HOLDERS.get("SHANGHAI"), SHANGHAI_SPOUSE, Relation.SPOUSE, july1));

        PaymentReceipt receipt = ledger.send(new SettlePayment(PAYMENT, premium(HOLDERS.get("SHANGHAI"),
                PaymentPurpose.RESIDENT_INSURANCE, SHANGHAI_SPOUSE, "380.00",
                july1.atTime(10, 0).atOffset(CHINA), false)));

        assertThat(receipt.accountPaid()).isEqualTo(yuan("380.00"));
    }

    @Test
    void cannotRegisterAShanghaiFamilyMemberBeforeJuly2022() {
        ledger.assertRefused(new RegisterFamilyMember(HOLDERS.get("SHANGHAI"), SHANGHAI_SPOUSE, Relation.SPOUSE,
                LocalDate.of(2022, 6, 30)), RuleRefusal.class, "family-registration-not-open");

        assertThat(ledger.histories(histories())).isEqualTo(before);
    }

    private PaymentReceipt pay(String region, PaymentPurpose purpose, String amount, OffsetDateTime at) {
        return ledger.send(new SettlePayment(PAYMENT, premium(HOLDERS.get(region), purpose, null, amount, at, false)));
    }

    private void assertRefused(String region, PaymentPurpose purpose, OffsetDateTime at, String code) {
        ledger.assertRefused(new SettlePayment(PAYMENT, premium(HOLDERS.get(region), purpose, null, "90.00", at,
                false)), RuleRefusal.class, code);
        assertThat(ledger.histories(histories())).as(region + " " + purpose).isEqualTo(before);
    }

    private Throwable refusalOf(String region, PaymentPurpose purpose, OffsetDateTime at) {
        Throwable thrown = catchThrowable(() -> pay(region, purpose, "90.00", at));
        return thrown instanceof CommandExecutionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : thrown;
    }

    private String[] histories() {
        List<String> ids = new ArrayList<>(HOLDERS.values());
        ids.add(SHANGHAI_SPOUSE);
        ids.add(PAYMENT);
        return ids.toArray(String[]::new);
    }
}
