package ledger.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String person;
    private String withdrawalId;

    /**
     * 500.00 legacy (112); 200.00 credited before the cutover (101, withdrawable); 246.91 after it
     * (101, earmarked); February 2024 back-filled in April (111); 300.00 withdrawn (901, project-defined: not a clearance).
     */
    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        accounts.credited(person, "2022-08", "10000.00", "2022-08-05");
        accounts.credited(person, "2024-03", "12345.67", "2024-03-05");
        accounts.credited(person, "2024-02", "10000.00", "2024-04-10");
        withdrawalId = AccountToOpen.newPersonId("w");
        accounts.withdraw(person, withdrawalId, "300.00", "2024-04-15").expectJson(201);
    }

    @Test
    void theStatementListsEveryMovementWithItsNationalCodeSignedAmountAndBalancesAfter() {
        HttpAnswer statement = accounts.statement(person, "");

        statement.expectJson(200);
        assertThat(lines(statement)).containsExactly(
                "2022-01-10 LEGACY_BALANCE_MIGRATED 112 500.00 WITHDRAWABLE 500.00/0.00",
                "2022-08-05 MONTHLY_CREDIT 101 200.00 WITHDRAWABLE 700.00/0.00",
                "2024-03-05 MONTHLY_CREDIT 101 246.91 EARMARKED 700.00/246.91",
                "2024-04-10 BACK_FILLED_CREDIT 111 200.00 EARMARKED 700.00/446.91",
                "2024-04-15 CASH_WITHDRAWAL 901 -300.00 WITHDRAWABLE 400.00/446.91");
        accounts.expectBalance(person, "400.00", "446.91", "846.91");
    }

    @Test
    void eachEntryCarriesAReferenceToWhatCausedIt() {
        HttpAnswer statement = accounts.statement(person, "");

        assertThat(statement.text("entries.1.reference")).contains("2022-08", "BEIJING-ACTIVE-2PCT");
        assertThat(statement.text("entries.3.reference")).contains("2024-02", "BEIJING-ACTIVE-2PCT");
        assertThat(statement.text("entries.4.reference")).contains(withdrawalId);
        assertThat(statement.text("entries.0.reference")).isNotBlank();
    }

    @Test
    void fromAndToKeepTheEntriesOfThoseDaysInclusive() {
        HttpAnswer statement = accounts.statement(person, "?from=2024-03-05&to=2024-04-10");

        statement.expectJson(200);
        assertThat(lines(statement)).containsExactly(
                "2024-03-05 MONTHLY_CREDIT 101 246.91 EARMARKED 700.00/246.91",
                "2024-04-10 BACK_FILLED_CREDIT 111 200.00 EARMARKED 700.00/446.91");
    }

    @Test
    void fromAloneKeepsEverythingSince() {
        HttpAnswer statement = accounts.statement(person, "?from=2024-04-11");

        assertThat(lines(statement)).containsExactly(
                "2024-04-15 CASH_WITHDRAWAL 901 -300.00 WITHDRAWABLE 400.00/446.91");
    }

    @Test
    void toAloneKeepsEverythingUntil() {
        HttpAnswer statement = accounts.statement(person, "?to=2022-12-31");

        assertThat(lines(statement)).containsExactly(
                "2022-01-10 LEGACY_BALANCE_MIGRATED 112 500.00 WITHDRAWABLE 500.00/0.00",
                "2022-08-05 MONTHLY_CREDIT 101 200.00 WITHDRAWABLE 700.00/0.00");
    }

    @Test
    void aPeriodWithoutMovementsHasAnEmptyStatement() {
        HttpAnswer statement = accounts.statement(person, "?from=2023-01-01&to=2023-12-31");

        statement.expectJson(200);
        assertThat(statement.node("entries").isArray()).isTrue();
        assertThat(statement.node("entries")).isEmpty();
    }

    @Test
    void cannotAskForAStatementFromAnInvalidDate() {
        HttpAnswer refused = accounts.statement(person, "?from=2024-13-01");

        refused.expectProblem(400, "invalid-parameter", "from");
    }

    @Test
    void anUnknownPersonHasNoStatement() {
        String nobody = AccountToOpen.newPersonId("nobody");

        HttpAnswer unknown = accounts.statement(nobody, "");

        unknown.expectProblem(404, "unknown-account", nobody);
    }

    /** Each entry as "at type code amount pot withdrawable/earmarked", so a list compares at a glance. */
    private static List<String> lines(HttpAnswer statement) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : statement.node("entries")) {
            lines.add(String.join(" ", entry.path("at").asText(), entry.path("type").asText(),
                    entry.path("code").asText(), entry.path("amount").asText(), entry.path("pot").asText(),
                    entry.path("balanceAfter").path("withdrawable").asText() + "/"
                            + entry.path("balanceAfter").path("earmarked").asText()));
            assertThat(entry.path("amount").isTextual()).as("amount is a JSON string: %s", entry).isTrue();
            assertThat(entry.path("code").isTextual()).as("code is a JSON string: %s", entry).isTrue();
        }
        return lines;
    }
}
