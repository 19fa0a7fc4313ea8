package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.yuan;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_EMPLOYEE;
import static ledger.policy.Category.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import ledger.account.command.OpenAccount;
import ledger.account.event.AccountOpened;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.money.Money;
import ledger.refusal.InvalidInput;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountOpeningTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 20);
    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void canOpenAccountWithoutLegacyBalance() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null));
    }

    @Test
    void canOpenAccountWithLegacyBalanceAsWithdrawableMoney() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null, yuan("1234.56")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null),
                        new LegacyBalanceMigrated(PERSON, yuan("1234.56"), OPENED, balances("1234.56", "0.00")));
    }

    @Test
    void opensWithoutMigrationWhenLegacyBalanceIsZero() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null, Money.ZERO))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null));
    }

    @Test
    void canOpenAccountOfRetireeWithRetirementDate() {
        LocalDate born = LocalDate.of(1954, 6, 15);
        LocalDate retired = LocalDate.of(2014, 6, 15);

        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "SHANGHAI", RETIREE, born, OPENED, retired, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountOpened(PERSON, "SHANGHAI", RETIREE, born, OPENED, retired));
    }

    @Test
    void cannotOpenAccountInUnknownRegion() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "HANGZHOU", EMPLOYEE, BORN, OPENED, null, null))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "unknown-region");
    }

    @Test
    void cannotOpenAccountWithoutPersonId() {
        assertThatThrownBy(() -> new OpenAccount(" ", "BEIJING", EMPLOYEE, BORN, OPENED, null, null))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("person-id-required"));
    }

    @Test
    void cannotOpenAccountUnderAnIdOfAnotherForm() {
        for (String id : new String[] {"payment:P1", "a/b", " P1", "P1 ", "P\u00001", "P\r\n1", "x".repeat(65)}) {
            assertThatThrownBy(() -> new OpenAccount(id, "BEIJING", EMPLOYEE, BORN, OPENED, null, null))
                    .as(id).isInstanceOfSatisfying(InvalidInput.class,
                            refusal -> assertThat(refusal.code()).isEqualTo("invalid-id"));
        }
    }

    @Test
    void cannotOpenAccountWithADateOutsideTheLedgersRange() {
        assertThatThrownBy(() -> new OpenAccount(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1899, 12, 31), OPENED,
                null, null)).isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("date-out-of-range"));
        assertThatThrownBy(() -> new OpenAccount(PERSON, "BEIJING", EMPLOYEE, BORN, LocalDate.of(10000, 1, 1),
                null, null)).isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("date-out-of-range"));
    }

    @Test
    void cannotOpenAccountForPersonBornAfterOpening() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", EMPLOYEE, OPENED.plusDays(1), OPENED, null, null))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "born-after-opening");
    }

    @Test
    void cannotGiveRetirementDateForEmployee() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, OPENED, null))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "retired-on-for-working-category");
    }

    @Test
    void cannotGiveRetirementDateForFlexibleEmployee() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", FLEXIBLE_EMPLOYEE, BORN, OPENED, OPENED, null))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "retired-on-for-working-category");
    }

    @Test
    void cannotOpenAccountOfRetireeRetiredBeforeBirth() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(PERSON, "BEIJING", RETIREE, BORN, OPENED, BORN.minusDays(1), null))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "retired-before-birth");
    }
}
