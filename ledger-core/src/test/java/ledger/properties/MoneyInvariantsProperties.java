package ledger.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ledger.account.MoneyMovement;
import ledger.account.OpenAccount;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.InMemoryLedger;
import ledger.properties.LedgerModel.Expectation;
import ledger.properties.LedgerUnderTest.Outcome;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of credits, payments (own and family), family registrations and revocations,
 * refunds and reimbursements, cash withdrawals, interest and closures, bad inputs mixed in, sent to
 * the real aggregates and to {@link LedgerModel}. After every step: the ledger accepted exactly what
 * the model accepts, a refused or repeated command wrote nothing, every new event reads back equal,
 * and each account's balances, statement and dated balances agree with the model and are never
 * negative. docs/testing.md tells how to replay a failure from its seed.
 */
class MoneyInvariantsProperties {

    private final EventJson eventJson = new EventJson();

    @Provide
    Arbitrary<List<OpenAccount>> openings() {
        return LedgerSequences.openings();
    }

    @Provide
    Arbitrary<LocalDate> firstDays() {
        return LedgerSequences.firstDays();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return LedgerSequences.steps();
    }

    @Property(tries = 300)
    void theLedgerKeepsTheModelsMoney(@ForAll("openings") List<OpenAccount> openings,
                                      @ForAll("firstDays") LocalDate firstDay,
                                      @ForAll("steps") List<Step> steps) throws Exception {
        LedgerModel model = new LedgerModel(InMemoryLedger.CATALOG);
        Scene scene = new Scene(LedgerSequences.people(), model, firstDay);
        List<String> transcript = new ArrayList<>();
        try (LedgerUnderTest ledger = new LedgerUnderTest(scene.people)) {
            for (OpenAccount opening : openings) {
                run(ledger, model, opening, transcript, scene);
            }
            for (Step step : steps) {
                Optional<Object> command = step.command(scene);
                if (command.isPresent()) {
                    run(ledger, model, command.get(), transcript, scene);
                } else {
                    transcript.add("(today is " + scene.today + ")");
                }
            }
        }
    }

    private void run(LedgerUnderTest ledger, LedgerModel model, Object command, List<String> transcript,
                     Scene scene) throws Exception {
        Map<String, List<Object>> before = ledger.histories();
        Expectation expected = model.expect(command);
        if (expected != Expectation.REFUSED && !(command instanceof OpenAccount)) {
            scene.answered.add(command);
        }
        Statistics.label("commands").collect(command.getClass().getSimpleName(), expected);
        transcript.add(command + " -> model: " + expected);
        Outcome outcome;
        try {
            outcome = ledger.send(command);
        } catch (LedgerUnderTest.InternalError error) {
            throw new AssertionError(error.getMessage() + "\n" + String.join("\n", transcript), error);
        }
        if (outcome == Outcome.REFUSED) {
            Statistics.label("refusals").collect(ledger.lastRefusal());
        }
        String story = "after\n" + String.join("\n", transcript) + "\n";
        Map<String, List<Object>> after = ledger.histories();
        assertThat(outcome).as(story + "ledger's answer").isEqualTo(
                expected == Expectation.REFUSED ? Outcome.REFUSED : Outcome.ACCEPTED);
        if (expected == Expectation.APPLIED) {
            assertThat(after).as(story + "events written").isNotEqualTo(before);
        } else {
            assertThat(after).as(story + "a refused or repeated command writes nothing").isEqualTo(before);
        }
        everyNewEventReadsBack(before, after, story);
        for (ModelAccount account : model.accounts()) {
            theAccountAgrees(ledger, account, after.get(account.id), story);
        }
    }

    private void everyNewEventReadsBack(Map<String, List<Object>> before, Map<String, List<Object>> after,
                                        String story) {
        after.forEach((stream, events) -> {
            int known = before.getOrDefault(stream, List.of()).size();
            for (Object event : events.subList(known, events.size())) {
                assertThat(readBack(event, story)).as(story + "read back of " + event).isEqualTo(event);
            }
        });
    }

    private Object readBack(Object event, String story) {
        try {
            return eventJson.roundTrip(event);
        } catch (RuntimeException e) {
            throw new AssertionError(story + "event cannot be read back: " + eventJson.json(event), e);
        }
    }

    /** Balances as the aggregate holds them, as its statement adds up, and day by day, as the model has them. */
    private static void theAccountAgrees(LedgerUnderTest ledger, ModelAccount account, List<Object> history,
                                         String story) throws Exception {
        String who = story + "account " + account.id + " ";
        assertThat(ledger.balancesOf(account.id)).as(who + "balances").isEqualTo(account.balances());
        List<MoneyMovement> movements = history.stream().filter(MoneyMovement.class::isInstance)
                .map(MoneyMovement.class::cast).toList();
        Balances running = Balances.EMPTY;
        for (MoneyMovement movement : movements) {
            running = applied(running, movement);
            assertThat(movement.balanceAfter()).as(who + "statement line " + movement).isEqualTo(running);
        }
        assertThat(running).as(who + "statement total").isEqualTo(account.balances());
        neverNegativeOnAnyDay(movements, who);
    }

    private static Balances applied(Balances balances, MoneyMovement movement) {
        long withdrawable = balances.withdrawable().fen();
        long earmarked = balances.earmarked().fen();
        for (PotDelta delta : movement.deltas()) {
            if (delta.pot() == Pot.WITHDRAWABLE) {
                withdrawable += delta.signedFen();
            } else {
                earmarked += delta.signedFen();
            }
        }
        assertThat(withdrawable).as("withdrawable after " + movement).isNotNegative();
        assertThat(earmarked).as("earmarked after " + movement).isNotNegative();
        return new Balances(Money.ofFen(withdrawable), Money.ofFen(earmarked));
    }

    /** Interest counts end-of-day balances by effective date, so those must never dip below zero either. */
    private static void neverNegativeOnAnyDay(List<MoneyMovement> movements, String who) {
        List<MoneyMovement> byDate = movements.stream()
                .sorted(Comparator.comparing(MoneyMovement::effectiveDate)).toList();
        long[] fen = new long[Pot.values().length];
        for (int i = 0; i < byDate.size(); i++) {
            byDate.get(i).deltas().forEach(delta -> fen[delta.pot().ordinal()] += delta.signedFen());
            boolean endOfDay = i == byDate.size() - 1
                    || !byDate.get(i + 1).effectiveDate().equals(byDate.get(i).effectiveDate());
            if (endOfDay) {
                for (Pot pot : Pot.values()) {
                    assertThat(fen[pot.ordinal()]).as(who + pot + " at the end of " + byDate.get(i).effectiveDate())
                            .isNotNegative();
                }
            }
        }
    }
}
