package ledger.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /accounts/{id}/transfers-in} (§8, 000 Q36): money from another region, merged in as earmarked. */
class TransferInApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String person;
    private String transferId;

    /** 500.00 withdrawable from the old system. */
    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        transferId = AccountToOpen.newPersonId("tr");
    }

    @Test
    void mergesATransferInAsEarmarkedMoney() {
        HttpAnswer merged = accounts.transferIn(person, transferId, "SHANGHAI", "1234.56");

        merged.expectJson(201).expectFields(
                "transferId", transferId,
                "amount", "1234.56",
                "pot", "EARMARKED",
                "balance.withdrawable", "500.00",
                "balance.earmarked", "1234.56",
                "balance.total", "1734.56");
        accounts.expectBalance(person, "500.00", "1234.56", "1734.56");
    }

    @Test
    void repeatingTheSameTransferAnswersTheOriginalWithoutMergingTwice() {
        accounts.transferIn(person, transferId, "SHANGHAI", "1234.56").expectJson(201);

        HttpAnswer repeated = accounts.transferIn(person, transferId, "SHANGHAI", "1234.56");

        repeated.expectJson(200).expectFields("transferId", transferId, "amount", "1234.56", "pot", "EARMARKED",
                "balance.earmarked", "1234.56");
        accounts.expectBalance(person, "500.00", "1234.56", "1734.56");
    }

    @Test
    void cannotReuseATransferIdForAnotherAmount() {
        accounts.transferIn(person, transferId, "SHANGHAI", "1234.56").expectJson(201);

        HttpAnswer refused = accounts.transferIn(person, transferId, "SHANGHAI", "1234.57");

        refused.expectProblem(409, "transfer-id-reused", transferId);
        accounts.expectBalance(person, "500.00", "1234.56", "1734.56");
    }

    @Test
    void cannotReuseATransferIdFromAnotherRegion() {
        accounts.transferIn(person, transferId, "SHANGHAI", "1234.56").expectJson(201);

        HttpAnswer refused = accounts.transferIn(person, transferId, "WUHAN", "1234.56");

        refused.expectProblem(409, "transfer-id-reused", transferId);
        accounts.expectBalance(person, "500.00", "1234.56", "1734.56");
    }

    @Test
    void theStatementShowsTheTransferInUnderCode107() {
        accounts.transferIn(person, transferId, "SHANGHAI", "1234.56").expectJson(201);

        HttpAnswer statement = accounts.statement(person, "");

        assertThat(StatementLines.of(statement)).containsExactly(
                "LEGACY_BALANCE_MIGRATED 112 500.00 WITHDRAWABLE 500.00/0.00",
                "TRANSFER_IN 107 1234.56 EARMARKED 500.00/1234.56");
        assertThat(statement.text("entries.1.reference")).contains(transferId, "SHANGHAI");
    }

    @Test
    void cannotTransferInZero() {
        accounts.transferIn(person, transferId, "SHANGHAI", "0.00").expectProblem(400, "zero-amount", "0.00");

        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void cannotTransferInAnAmountGivenAsAJsonNumber() {
        HttpAnswer refused = accounts.transferIn(person, JsonBody.of("transferId", transferId, "fromRegion", "SHANGHAI",
                "amount", 1234.56));

        refused.expectProblem(400, "malformed-request", "amount");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void cannotTransferInWithoutATransferId() {
        HttpAnswer refused = accounts.transferIn(person, JsonBody.of("fromRegion", "SHANGHAI", "amount", "1234.56"));

        refused.expectProblem(400, "invalid-request", "transferId");
    }

    /** "Within one region nothing moves" (domain-rules §8): a transfer in comes from another region. */
    @Test
    void cannotTransferInFromTheAccountsOwnRegion() {
        HttpAnswer refused = accounts.transferIn(person, transferId, "BEIJING", "1234.56");

        refused.expectProblem(422, "transfer-within-region", "BEIJING");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void anUnknownAccountTakesNoTransfer() {
        String nobody = AccountToOpen.newPersonId("nobody");

        accounts.transferIn(nobody, transferId, "SHANGHAI", "1234.56").expectProblem(404, "unknown-account", nobody);
    }
}
