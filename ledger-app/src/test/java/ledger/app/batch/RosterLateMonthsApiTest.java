package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ledger.app.accounts.AccountToOpen;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.batch.BatchSteps.Reject;
import ledger.app.batch.BatchSteps.Report;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly roster carries months collected late (补缴, 000 Q16): credited in the same run as
 * back-filled credits (111), never rejected for their period; a later month is still rejected.
 */
class RosterLateMonthsApiTest extends BatchApiTest {

    private static final String QINGYANG = "QINGYANG";
    private static final String JULY = "2024-07";
    private static final String RUN_DAY = "2024-07-31";

    @Autowired
    private ReadModelCatchUp catchUp;

    private String employee() {
        return accounts.opened(AccountToOpen.of(QINGYANG, "EMPLOYEE", "1980-05-20", "2023-01-01"));
    }

    private static boolean rejectedFor(Report report, String personId, String reason) {
        return report.lineRejects().stream().map(Reject::personId).filter(personId::equals).count() == 1
                && report.lineRejects().stream().anyMatch(reject -> reject.personId().equals(personId)
                && reject.reason().contains(reason));
    }

    @Test
    void aRosterOfJulyCarryingMayCreditsMayAsABackFilledCredit() {
        String person = employee();
        Roster roster = new Roster();
        roster.line(person, JULY, "5000.00", "2024-07-20");
        roster.line(person, "2024-05", "6000.00", "2024-07-25");

        Report report = batches.completed(roster, QINGYANG, JULY, null, RUN_DAY);

        assertThat(report.lineRejects()).as("%s", report).noneMatch(reject -> reject.personId().equals(person));
        catchUp.awaitAccount(person);
        accounts.statement(person, "").expectJson(200).expectFields(
                "entries.0.type", "MONTHLY_CREDIT", "entries.0.code", "101", "entries.0.amount", "100.00",
                "entries.1.type", "BACK_FILLED_CREDIT", "entries.1.code", "111", "entries.1.amount", "120.00",
                "entries.1.at", RUN_DAY);
        accounts.credit(person, "2024-05", "6000.00", RUN_DAY).expectProblem(409, "period-already-credited");
    }

    @Test
    void aLateMonthAlreadyCreditedIsSkippedAndALaterMonthOrOneCollectedAfterTheRunIsRejected() {
        String credited = employee();
        accounts.credited(credited, "2024-05", "6000.00", "2024-05-31");
        String later = employee();
        String collectedAfter = employee();
        String twice = employee();
        Roster roster = new Roster();
        roster.line(credited, "2024-05", "6000.00", "2024-07-25");
        roster.line(later, "2024-09", "5000.00", "2024-07-20");
        roster.line(collectedAfter, "2024-05", "5000.00", "2024-08-02");
        roster.line(twice, "2024-06", "5000.00", "2024-07-20");
        roster.line(twice, "2024-06", "5000.00", "2024-07-21");

        Report report = batches.completed(roster, QINGYANG, JULY, null, RUN_DAY);

        catchUp.awaitAccounts(List.of(credited, later, collectedAfter, twice));
        assertThat(report.skipped()).as("%s", report).isGreaterThanOrEqualTo(1);
        assertThat(rejectedFor(report, later, "after the 2024-07 this run credits")).as("%s", report).isTrue();
        assertThat(rejectedFor(report, collectedAfter, "collected on 2024-08-02")).as("%s", report).isTrue();
        assertThat(rejectedFor(report, twice, "duplicate line")).as("%s", report).isTrue();
        accounts.expectBalance(credited, "0.00", "120.00", "120.00");
        accounts.expectBalance(later, "0.00", "0.00", "0.00");
        accounts.expectBalance(collectedAfter, "0.00", "0.00", "0.00");
        accounts.expectBalance(twice, "0.00", "100.00", "100.00");
    }
}
