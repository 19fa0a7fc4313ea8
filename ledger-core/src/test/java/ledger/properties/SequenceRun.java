package ledger.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ledger.account.command.OpenAccount;
import ledger.account.event.MoneyMovement;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.payment.InMemoryLedger;
import ledger.payment.command.SettlePayment;
import ledger.properties.LedgerModel.Expectation;
import ledger.properties.LedgerUnderTest.Outcome;

/**
 * Runs one generated sequence against the real aggregates and {@link LedgerModel} side by side. After
 * every command: the ledger accepted exactly what the model accepts, a refused or repeated command
 * wrote nothing, every new event reads back equal through the app's serializer, and each account's
 * balances, statement lines and balances by date agree with the model and are never negative. A
 * caller adds checks of its own (read models) through {@link AfterEachCommand}.
 */
final class SequenceRun {

    /** A further check after each command, given every stream's events before and after it. */
    interface AfterEachCommand {
        AfterEachCommand NOTHING = (before, after, model) -> { };

        void check(Map<String, List<Object>> before, Map<String, List<Object>> after, LedgerModel model)
                throws Exception;
    }

    private static final EventJson EVENT_JSON = new EventJson();

    private SequenceRun() {
    }

    static void run(List<Object> openings, LocalDate firstDay, List<Step> steps, AfterEachCommand extra,
                    Counts counts) throws Exception {
        LedgerModel model = new LedgerModel(InMemoryLedger.CATALOG);
        Scene scene = new Scene(LedgerSequences.people(), model, firstDay);
        List<String> transcript = new ArrayList<>();
        try (LedgerUnderTest ledger = new LedgerUnderTest(scene.people)) {
            Map<String, List<Object>> histories = ledger.histories();
            for (Object opening : openings) {
                histories = run(ledger, model, opening, histories, transcript, scene, extra, counts);
            }
            for (Step step : steps) {
                Optional<Object> command = step.command(scene);
                if (command.isPresent()) {
                    histories = run(ledger, model, command.get(), histories, transcript, scene, extra, counts);
                } else {
                    transcript.add("(today is " + scene.today + ")");
                }
            }
        }
    }

    /** Sends one command to both; on a broken invariant, the failure tells every command up to it. */
    private static Map<String, List<Object>> run(LedgerUnderTest ledger, LedgerModel model, Object command,
                                                 Map<String, List<Object>> before, List<String> transcript,
                                                 Scene scene, AfterEachCommand extra, Counts counts)
            throws Exception {
        boolean backdatedDebit = model.isBackdatedDebit(command);
        Expectation expected = model.expect(command);
        transcript.add(command + " -> model: " + expected);
        if (backdatedDebit) {
            counts.count("debits dated before a later change", expected);
        }
        if (!(command instanceof OpenAccount)) {
            scene.sent.add(command);
        }
        counts.count("commands", command.getClass().getSimpleName(), expected);
        if (expected == Expectation.APPLIED && command instanceof SettlePayment payment) {
            counts.count("payments drawing on family accounts",
                    model.payment(payment.paymentId()).orElseThrow().drewOnFamily());
        }
        try {
            Outcome outcome = ledger.send(command);
            if (outcome == Outcome.REFUSED) {
                counts.count("refusals", ledger.lastRefusal());
            }
            Map<String, List<Object>> after = ledger.histories();
            assertThat(outcome).as("the ledger's answer").isEqualTo(
                    expected == Expectation.REFUSED ? Outcome.REFUSED : Outcome.ACCEPTED);
            if (expected == Expectation.APPLIED) {
                assertThat(after).as("events written").isNotEqualTo(before);
            } else {
                assertThat(after).as("a refused or repeated command writes nothing").isEqualTo(before);
            }
            everyNewEventReadsBack(before, after);
            for (ModelAccount account : model.accounts()) {
                List<Object> history = after.get(account.id);
                if (!history.equals(before.get(account.id))) {
                    assertThat(ledger.balancesOf(account.id)).as("balances of " + account.id + " replayed")
                            .isEqualTo(account.balances());
                }
                theStatementAgrees(account, history);
            }
            extra.check(before, after, model);
            return after;
        } catch (AssertionError broken) {
            throw new AssertionError("after\n" + String.join("\n", transcript) + "\n" + broken.getMessage(), broken);
        }
    }

    private static void everyNewEventReadsBack(Map<String, List<Object>> before, Map<String, List<Object>> after) {
        after.forEach((stream, events) -> {
            int known = before.getOrDefault(stream, List.of()).size();
            for (Object event : events.subList(known, events.size())) {
                assertThat(readBack(event)).as("read back").isEqualTo(event);
            }
        });
    }

    private static Object readBack(Object event) {
        try {
            return EVENT_JSON.roundTrip(event);
        } catch (RuntimeException e) {
            throw new AssertionError("event cannot be read back: " + EVENT_JSON.json(event), e);
        }
    }

    /** The statement's lines add up, line by line and day by day, to the model's balances, never below zero. */
    private static void theStatementAgrees(ModelAccount account, List<Object> history) {
        List<MoneyMovement> movements = history.stream().filter(MoneyMovement.class::isInstance)
                .map(MoneyMovement.class::cast).toList();
        Balances running = Balances.EMPTY;
        for (MoneyMovement movement : movements) {
            running = applied(running, movement);
            if (!movement.balanceAfter().equals(running)) {
                assertThat(movement.balanceAfter()).as("balance after " + movement).isEqualTo(running);
            }
        }
        assertThat(running).as("statement total of " + account.id).isEqualTo(account.balances());
        neverNegativeOnAnyDay(movements, account.id);
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
        if (withdrawable < 0 || earmarked < 0) {
            throw new AssertionError("negative balance after " + movement);
        }
        return new Balances(Money.ofFen(withdrawable), Money.ofFen(earmarked));
    }

    /** Interest counts end-of-day balances by effective date, so those must never dip below zero either. */
    private static void neverNegativeOnAnyDay(List<MoneyMovement> movements, String personId) {
        List<MoneyMovement> byDate = movements.stream()
                .sorted(Comparator.comparing(MoneyMovement::effectiveDate)).toList();
        long[] fen = new long[Pot.values().length];
        for (int i = 0; i < byDate.size(); i++) {
            byDate.get(i).deltas().forEach(delta -> fen[delta.pot().ordinal()] += delta.signedFen());
            boolean endOfDay = i == byDate.size() - 1
                    || !byDate.get(i + 1).effectiveDate().equals(byDate.get(i).effectiveDate());
            if (endOfDay) {
                for (Pot pot : Pot.values()) {
                    if (fen[pot.ordinal()] < 0) {
                        throw new AssertionError(personId + " " + pot + " is " + fen[pot.ordinal()]
                                + " fen at the end of " + byDate.get(i).effectiveDate());
                    }
                }
            }
        }
    }
}
