package ledger.app.lifecycle;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A missed quarter is posted after a later one; the later ones are recomputed (code 110, domain-rules §3). */
class MissedQuarterApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private String holding(String legacy) {
        return accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2023-12-01")
                .withLegacyWithdrawableBalance(legacy));
    }

    @Test
    void theSecondQuarterThenTheMissedFirstOnTenThousandPay511And506() {
        String person = holding("10000.00");

        HttpAnswer second = accounts.payInterest(person, "2024-Q2");
        HttpAnswer first = accounts.payInterest(person, "2024-Q1");

        second.expectJson(201).expectFields("quarter", "2024-Q2", "amount", "5.11");
        first.expectJson(201).expectFields("quarter", "2024-Q1", "amount", "5.06");
        first.expectNoField("adjustments.0");
        accounts.expectBalance(person, "10010.17", "0.00", "10010.17");
    }

    @Test
    void aLaterQuarterWhoseInterestChangesIsAdjustedUnderCode110() {
        String person = holding("1000000.00");
        accounts.payInterest(person, "2024-Q2").expectJson(201).expectFields("amount", "511.11");

        HttpAnswer first = accounts.payInterest(person, "2024-Q1");

        first.expectJson(201).expectFields("amount", "505.56", "adjustments.0.quarter", "2024-Q2",
                "adjustments.0.before", "511.11", "adjustments.0.after", "511.37", "adjustments.0.difference", "0.26",
                "balance.withdrawable", "1001016.93");
        accounts.statement(person, "").expectJson(200).expectFields(
                "entries.3.type", "INTEREST_ADJUSTED", "entries.3.code", "110", "entries.3.amount", "0.26",
                "entries.3.at", "2024-06-21");
    }

    @Test
    void aMissedQuarterIsStillPaidOnce() {
        String person = holding("10000.00");
        accounts.payInterest(person, "2024-Q2").expectJson(201);
        accounts.payInterest(person, "2024-Q1").expectJson(201);

        accounts.payInterest(person, "2024-Q1").expectProblem(409, "quarter-already-paid", "2024-Q1");
        accounts.expectBalance(person, "10010.17", "0.00", "10010.17");
    }

    @Test
    void aWithdrawalDatedInTheMissedQuarterIsStillRefused() {
        String person = holding("10000.00");
        accounts.payInterest(person, "2024-Q2").expectJson(201);

        accounts.withdraw(person, "w-missed", "10.00", "2024-03-01").expectProblem(422, "before-paid-interest");
    }
}
