package ledger.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ledger.account.value.PaymentPurpose;
import ledger.money.Money;
import ledger.refusal.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCatalogTest {

    private static final LocalDate SINCE = LocalDate.of(1998, 12, 14);

    /** The shipped Tongliao policy with the bureau's retiree figure set, as an operator would. */
    private static final String TONGLIAO_CONFIGURED = """
            {
              "region": "TONGLIAO",
              "name": "通辽市",
              "timeZone": "Asia/Shanghai",
              "reformCutover": "2022-10-01",
              "creditRules": [
                {
                  "id": "TONGLIAO-EMPLOYEE-2PCT",
                  "categories": ["EMPLOYEE"],
                  "effectiveFrom": "1998-12-14",
                  "method": "PERCENT_OF_CONTRIBUTION_BASE",
                  "rate": "0.02",
                  "source": "003 Q6"
                },
                {
                  "id": "TONGLIAO-RETIREE-FIXED",
                  "categories": ["RETIREE", "FLEXIBLE_RETIREE"],
                  "effectiveFrom": "1998-12-14",
                  "method": "FIXED_BY_AGE_BAND",
                  "bands": [{"fromAge": 0, "monthlyAmount": "95.00", "label": "all ages"}],
                  "source": "bureau notice"
                },
                {
                  "id": "TONGLIAO-FLEXIBLE-NONE",
                  "categories": ["FLEXIBLE_EMPLOYEE"],
                  "effectiveFrom": "1998-12-14",
                  "method": "NO_CREDIT",
                  "source": "003 Q6"
                }
              ],
              "familyAid": {"registrationFrom": "2022-10-01", "useFrom": "2022-10-01", "source": "bureau notice"},
              "interest": {"ruleId": "TONGLIAO-BANK", "rateMethod": "RATE_ON_INTEREST_DAY", "quarters": "BANK",
                           "rates": [{"from": "2024-10-18", "annualRate": "0.0010"}], "source": "custodian bank"},
              "use": {"purposes": [{"purpose": "MEDICAL", "allowed": true, "from": null, "source": "003"}],
                      "cashWithdrawal": {"allowed": true, "source": "bureau notice"}}
            }
            """;

    @Test
    void loadsAllSixShippedRegions() {
        PolicyCatalog catalog = PolicyCatalog.shipped();

        assertThat(catalog.regionNames())
                .containsExactlyInAnyOrder("BEIJING", "SHANGHAI", "WUHAN", "TONGLIAO", "QINGYANG", "YUXI");
        assertThat(catalog.regionNames())
                .allSatisfy(name -> assertThat(catalog.region(name).region()).isEqualTo(name));
    }

    @Test
    void shipsTheReformCutoverOfEachRegion() {
        PolicyCatalog catalog = PolicyCatalog.shipped();
        Map<String, LocalDate> cutovers = Map.of(
                "BEIJING", LocalDate.of(2022, 9, 1),
                "SHANGHAI", LocalDate.of(2023, 7, 1),
                "WUHAN", LocalDate.of(2023, 1, 1),
                "TONGLIAO", LocalDate.of(2022, 10, 1),
                "QINGYANG", LocalDate.of(2023, 1, 1),
                "YUXI", LocalDate.of(2023, 1, 1));

        cutovers.forEach((region, cutover) ->
                assertThat(catalog.region(region).reformCutover()).as(region).isEqualTo(cutover));
    }

    @Test
    void cannotLookUpAnUnknownRegion() {
        PolicyCatalog catalog = PolicyCatalog.shipped();

        assertThatThrownBy(() -> catalog.region("HANGZHOU"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("unknown-region"))
                .hasMessageContaining("HANGZHOU");
    }

    @Test
    void overrideFileReplacesTheShippedPolicyOfItsRegion(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("TONGLIAO.json"), TONGLIAO_CONFIGURED);

        PolicyCatalog catalog = PolicyCatalog.withOverrides(Optional.of(directory));

        assertThat(catalog.region("TONGLIAO")).isEqualTo(new RegionPolicy("TONGLIAO", "通辽市",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2022, 10, 1), List.of(
                new CreditRule("TONGLIAO-EMPLOYEE-2PCT", Set.of(Category.EMPLOYEE), SINCE,
                        CreditMethod.PERCENT_OF_CONTRIBUTION_BASE, new BigDecimal("0.02"), null, "003 Q6"),
                new CreditRule("TONGLIAO-RETIREE-FIXED", Set.of(Category.RETIREE, Category.FLEXIBLE_RETIREE), SINCE,
                        CreditMethod.FIXED_BY_AGE_BAND, null,
                        List.of(new AgeBand(0, Money.parse("95.00"), "all ages")), "bureau notice"),
                new CreditRule("TONGLIAO-FLEXIBLE-NONE", Set.of(Category.FLEXIBLE_EMPLOYEE), SINCE,
                        CreditMethod.NO_CREDIT, null, null, "003 Q6")),
                new FamilyAidPolicy(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 1), "bureau notice"),
                new InterestPolicy("TONGLIAO-BANK", InterestPolicy.RateMethod.RATE_ON_INTEREST_DAY,
                        InterestPolicy.QuarterScheme.BANK,
                        List.of(new InterestRate(LocalDate.of(2024, 10, 18), new BigDecimal("0.0010"))),
                        "custodian bank"),
                new UsePolicy(List.of(new PurposeRule("MEDICAL", true, null, "003")),
                        new CashWithdrawalPolicy(true, "bureau notice")), CredentialPolicy.NONE, List.of()));
    }

    @Test
    void overrideFileLetsTheConfiguredFigureBeCredited(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("TONGLIAO.json"), TONGLIAO_CONFIGURED);
        MonthlyCreditPolicy policy = new MonthlyCreditPolicy(PolicyCatalog.withOverrides(Optional.of(directory)));

        CreditDecision decision = policy.decide(new CreditInput("TONGLIAO", Category.RETIREE,
                LocalDate.of(1955, 3, 1), YearMonth.of(2024, 5), null, LocalDate.of(2024, 5, 5)));

        assertThat(decision.amount()).isEqualTo(Money.parse("95.00"));
    }

    @Test
    void overrideDirectoryLeavesOtherRegionsAsShipped(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("TONGLIAO.json"), TONGLIAO_CONFIGURED);
        PolicyCatalog shipped = PolicyCatalog.shipped();

        PolicyCatalog catalog = PolicyCatalog.withOverrides(Optional.of(directory));

        assertThat(catalog.regionNames()).isEqualTo(shipped.regionNames());
        assertThat(catalog.regionNames()).filteredOn(name -> !name.equals("TONGLIAO"))
                .allSatisfy(name -> assertThat(catalog.region(name)).isEqualTo(shipped.region(name)));
    }

    @Test
    void cannotLoadAPolicyFileThatSaysNothingOfWhatTheAccountMayPay(@TempDir Path directory) throws IOException {
        String withoutUse = TONGLIAO_CONFIGURED.replaceAll("(?s),\\s*\"use\".*\\}\\}", "");
        Files.writeString(directory.resolve("TONGLIAO.json"), withoutUse);

        assertThatThrownBy(() -> PolicyCatalog.withOverrides(Optional.of(directory)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TONGLIAO.json")
                .hasMessageContaining("use (purposes and cashWithdrawal) is required");
    }

    @Test
    void shipsPurposesNamedAsThePaymentPurposes() {
        PolicyCatalog catalog = PolicyCatalog.shipped();
        List<String> known = Arrays.stream(PaymentPurpose.values()).map(Enum::name).toList();

        catalog.regionNames().forEach(region -> assertThat(catalog.region(region).use().purposes())
                .as(region).extracting(PurposeRule::purpose).isSubsetOf(known).doesNotHaveDuplicates());
    }

    /** 002 玉 第十六条: 配偶、父母、子女范围仅限在云南省参保人员. */
    @Test
    void yuxiAdmitsFamilyMembersInsuredAnywhereInYunnanAndNowhereElse() {
        FamilyAidPolicy yuxi = PolicyCatalog.shipped().region("YUXI").familyAid();

        assertThat(yuxi.admitsMemberFrom("YUXI", "YUXI")).isTrue();
        assertThat(yuxi.admitsMemberFrom("YUXI", "KUNMING")).isTrue();
        assertThat(yuxi.admitsMemberFrom("YUXI", "530100")).isTrue();
        assertThat(yuxi.admitsMemberFrom("YUXI", "BEIJING")).isFalse();
        assertThat(yuxi.admitsMemberFrom("YUXI", "440100")).isFalse();
    }

    @Test
    void otherRegionsAdmitFamilyMembersOfTheirOwnRegionOnly() {
        FamilyAidPolicy beijing = PolicyCatalog.shipped().region("BEIJING").familyAid();

        assertThat(beijing.admitsMemberFrom("BEIJING", "BEIJING")).isTrue();
        assertThat(beijing.admitsMemberFrom("BEIJING", "YUXI")).isFalse();
    }
}
