package ledger.app.lifecycle;

import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /accounts/{id}/interest} on the worked example of domain-rules §3: 1,000.00 earmarked
 * from 2024-12-21, 1,100.00 from 2025-02-01; 2025-Q1 at 0.10% pays 0.26.
 */
class InterestApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String person;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2024-12-01"));
        accounts.credit(person, "2024-12", "50000.00", "2024-12-21").expectJson(201)
                .expectFields("amount", "1000.00", "pot", "EARMARKED");
        accounts.credit(person, "2025-02", "5000.00", "2025-02-01").expectJson(201)
                .expectFields("amount", "100.00", "pot", "EARMARKED");
    }

    @Test
    void paysTheWorkedExampleOfTheDomainRules() {
        HttpAnswer interest = accounts.payInterest(person, "2025-Q1");

        interest.expectJson(201).expectFields(
                "quarter", "2025-Q1",
                "amount", "0.26",
                "perPot.withdrawable", "0.00",
                "perPot.earmarked", "0.26");
    }

    @Test
    void theInterestLandsInThePotThatEarnedIt() {
        accounts.payInterest(person, "2025-Q1").expectJson(201);

        accounts.expectBalance(person, "0.00", "1100.26", "1100.26");
    }

    @Test
    void theAnswerShowsTheFenDaysAndRateItWasComputedFrom() {
        HttpAnswer interest = accounts.payInterest(person, "2025-Q1");

        interest.expectJson(201).expectFields(
                "calculation.0.pot", "WITHDRAWABLE",
                "calculation.0.fenDays", "0",
                "calculation.1.pot", "EARMARKED",
                "calculation.1.fenDays", "9480000",
                "calculation.1.segments.0.from", "2024-12-21",
                "calculation.1.segments.0.to", "2025-03-20",
                "calculation.1.segments.0.annualRate", "0.0010",
                "calculation.1.amount", "0.26",
                "balance.earmarked", "1100.26");
    }

    @Test
    void theStatementShowsThePeriodicInterestUnderCode103() {
        accounts.payInterest(person, "2025-Q1").expectJson(201);

        HttpAnswer statement = accounts.statement(person, "?from=2025-03-21");

        assertThat(StatementLines.of(statement)).containsExactly("INTEREST 103 0.26 EARMARKED 0.00/1100.26");
        statement.expectField("entries.0.at", "2025-03-21");
        assertThat(statement.text("entries.0.reference")).contains("2025-Q1", "BEIJING-DEMAND-DEPOSIT");
    }

    @Test
    void cannotPayAQuarterTwice() {
        accounts.payInterest(person, "2025-Q1").expectJson(201);

        HttpAnswer again = accounts.payInterest(person, "2025-Q1");

        again.expectProblem(409, "quarter-already-paid", "2025-Q1");
        accounts.expectBalance(person, "0.00", "1100.26", "1100.26");
    }

    @Test
    void cannotPayAQuarterThatHasNotEnded() {
        HttpAnswer refused = accounts.payInterest(person, "2099-Q1");

        refused.expectProblem(422, "quarter-not-ended", "2099-Q1");
        accounts.expectBalance(person, "0.00", "1100.00", "1100.00");
    }

    @Test
    void cannotPayAFifthQuarter() {
        HttpAnswer refused = accounts.payInterest(person, "2024-Q5");

        refused.expectProblem(400, "malformed-request", "2024-Q5");
    }

    @Test
    void cannotPayInterestWithoutAQuarter() {
        HttpAnswer refused = http.as(CASEWORKER)
                .post(accountPath(person) + "/interest", JsonBody.of());

        refused.expectProblem(400, "invalid-request", "quarter");
    }

    @Test
    void anUnknownAccountEarnsNoInterest() {
        String nobody = AccountToOpen.newPersonId("nobody");

        accounts.payInterest(nobody, "2025-Q1").expectProblem(404, "unknown-account", nobody);
    }

    @Test
    void anAuditorCannotPayInterest() {
        HttpAnswer refused = http.as(AUDITOR).post(accountPath(person) + "/interest",
                JsonBody.of("quarter", "2025-Q1"));

        refused.expectProblem(403, "role-not-allowed", "POST", "/interest");
        accounts.expectBalance(person, "0.00", "1100.00", "1100.00");
    }
}
