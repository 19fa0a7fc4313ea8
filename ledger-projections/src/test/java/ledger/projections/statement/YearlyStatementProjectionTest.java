package ledger.projections.statement;

import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import ledger.account.event.AccountDebited;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MoneyMovement;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RefundCredited;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import ledger.projections.AccountStream;
import ledger.projections.ReadModelDatabase;
import ledger.projections.account.AccountReadModelProjection;
import ledger.projections.statement.YearlyStatement.FamilyUse;
import ledger.projections.statement.YearlyStatement.Total;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yearly statement's handler called directly, as Axon calls it, then its query, over the
 * read-model tables of a fresh in-memory database (000 Q31). A Beijing holder with 500.00 of old money
 * and a 200.00 credit in 2023; in 2024 his child pays 180.00 at a hospital (20.00 of it refunded), he
 * withdraws 100.00 in cash and pays his mother's 280.00 resident-insurance premium.
 */
class YearlyStatementProjectionTest {

    private static final String HOLDER = "110101198001010011";
    private static final String CHILD = "110101201001010022";
    private static final String MOTHER = "110101195501010033";
    private static final OffsetDateTime MARCH_1 = OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final CreditBasis BASIS = new CreditBasis("BEIJING-ACTIVE-2PCT", "000 Q5", Category.EMPLOYEE,
            CreditMethod.PERCENT_OF_CONTRIBUTION_BASE, yuan("10000.00"), new BigDecimal("0.02"), null, null,
            LocalDate.of(2022, 9, 1));
    private static final List<MoneyMovement> HISTORY = List.of(
            new LegacyBalanceMigrated(HOLDER, yuan("500.00"), LocalDate.of(2023, 1, 10), balances("500.00", "0.00")),
            new MonthlyCreditPosted(HOLDER, YearMonth.of(2023, 12), yuan("200.00"), EARMARKED,
                    LocalDate.of(2023, 12, 5), false, BASIS, balances("500.00", "200.00")),
            debit("P1", EARMARKED, "150.00", CHILD, CHILD, PaymentPurpose.MEDICAL, balances("500.00", "50.00")),
            debit("P1", WITHDRAWABLE, "30.00", CHILD, CHILD, PaymentPurpose.MEDICAL, balances("470.00", "50.00")),
            new RefundCredited(HOLDER, "P1", "R1", RefundKind.REFUND, EARMARKED, yuan("20.00"),
                    LocalDate.of(2024, 3, 5), balances("470.00", "70.00")),
            new CashWithdrawn(HOLDER, "W1", yuan("100.00"), LocalDate.of(2024, 4, 1), balances("370.00", "70.00")),
            debit("P2", WITHDRAWABLE, "280.00", HOLDER, MOTHER, PaymentPurpose.RESIDENT_INSURANCE,
                    balances("90.00", "70.00")));

    private JdbcTemplate jdbc;
    private YearlyStatementProjection projection;
    private AccountStream accounts;
    private YearlyStatements statements;

    @BeforeEach
    void aBeijingAccount() {
        jdbc = ReadModelDatabase.fresh("yearly");
        projection = new YearlyStatementProjection(jdbc);
        accounts = new AccountStream(new AccountReadModelProjection(jdbc, List.of(projection)));
        statements = new YearlyStatements(jdbc);
        ReadModelDatabase.openBeijingEmployee(jdbc, HOLDER, "2023-01-10");
    }

    @Test
    void aYearOpensWithTheBalanceOfEverythingDatedBeforeItAndClosesWithItsOwnEntriesAdded() throws Exception {
        deliver(HISTORY);

        YearlyStatement year2024 = statements.statement(HOLDER, 2024);

        assertThat(year2024.opening()).isEqualTo(balances("500.00", "200.00"));
        assertThat(year2024.closing()).isEqualTo(balances("90.00", "70.00"));
    }

    @Test
    void totalsEachKindOfEntryWithItsCodeSignedOverBothPots() throws Exception {
        deliver(HISTORY);

        assertThat(statements.statement(HOLDER, 2024).totals()).containsExactly(
                new Total("REFUND", "109", 2_000, 1),
                new Total("PAYMENT", "201", -18_000, 2),
                new Total("PREMIUM_PAID", "205", -28_000, 1),
                new Total("CASH_WITHDRAWAL", "901", -10_000, 1));
        assertThat(statements.statement(HOLDER, 2023).totals()).containsExactly(
                new Total("MONTHLY_CREDIT", "101", 20_000, 1),
                new Total("LEGACY_BALANCE_MIGRATED", "112", 50_000, 1));
    }

    @Test
    void showsWhatEachFamilyMemberUsedNetOfRefundsAndThePremiumsPaidForHim() throws Exception {
        deliver(HISTORY);

        assertThat(statements.statement(HOLDER, 2024).familyUse()).containsExactly(
                new FamilyUse(MOTHER, 28_000), new FamilyUse(CHILD, 16_000));
        assertThat(statements.statement(HOLDER, 2023).familyUse()).isEmpty();
    }

    @Test
    void aYearWithoutEntriesOpensAndClosesWithTheBalanceCarriedOver() throws Exception {
        deliver(HISTORY);

        YearlyStatement year2025 = statements.statement(HOLDER, 2025);

        assertThat(year2025.opening()).isEqualTo(balances("90.00", "70.00"));
        assertThat(year2025.closing()).isEqualTo(balances("90.00", "70.00"));
        assertThat(year2025.totals()).isEmpty();
        assertThat(year2025.familyUse()).isEmpty();
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() throws Exception {
        deliver(HISTORY);
        accounts.deliver(HOLDER, 3, HISTORY.get(2));
        accounts.deliver(HOLDER, 5, HISTORY.get(4));

        assertThat(statements.statement(HOLDER, 2024).closing()).isEqualTo(balances("90.00", "70.00"));
        assertThat(statements.statement(HOLDER, 2024).familyUse()).contains(new FamilyUse(CHILD, 16_000));
    }

    @Test
    void aResetClearsTheYearsForTheReplay() throws Exception {
        deliver(HISTORY);

        projection.clearForReplay();

        assertThat(statements.statement(HOLDER, 2024)).isEqualTo(new YearlyStatement(HOLDER, 2024, Balances.EMPTY,
                Balances.EMPTY, List.of(), List.of()));
    }

    private void deliver(List<MoneyMovement> events) throws Exception {
        for (int i = 0; i < events.size(); i++) {
            accounts.deliver(HOLDER, i + 1, events.get(i));
        }
    }

    private static AccountDebited debit(String paymentId, Pot pot, String amount, String payer, String beneficiary,
                                        PaymentPurpose purpose, Balances after) {
        return new AccountDebited(HOLDER, paymentId, pot, yuan(amount), payer, beneficiary, purpose, "H11010500001",
                MARCH_1, MARCH_1.toLocalDate(), after);
    }

    private static Money yuan(String yuan) {
        return Money.parse(yuan);
    }

    private static Balances balances(String withdrawable, String earmarked) {
        return new Balances(yuan(withdrawable), yuan(earmarked));
    }
}
