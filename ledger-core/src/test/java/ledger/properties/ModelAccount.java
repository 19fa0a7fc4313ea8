package ledger.properties;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ledger.account.command.OpenAccount;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;

/**
 * The reference model's account: plain longs per pot and the dated changes interest is computed
 * from, kept apart from the aggregate so that a rule written twice can disagree.
 */
final class ModelAccount {

    record Withdrawal(long fen, LocalDate on) {
    }

    record DatedChange(LocalDate on, Pot pot, long signedFen) {
    }

    final String id;
    final String region;
    final Category category;
    final LocalDate birthDate;
    final LocalDate openedOn;
    long withdrawableFen;
    long earmarkedFen;
    boolean closed;
    /** The interest day of the last quarter paid: no change may take effect on or before it. */
    LocalDate settledThrough;
    /** Each paid quarter with its interest per pot (withdrawable, earmarked), adjustments included. */
    final Map<Quarter, long[]> paidQuarters = new HashMap<>();
    final Set<YearMonth> creditedPeriods = new HashSet<>();
    final Map<String, Withdrawal> withdrawals = new HashMap<>();
    final List<DatedChange> changes = new ArrayList<>();
    /** As holder: member id to the day the registration took effect. */
    final Map<String, LocalDate> members = new HashMap<>();
    /** As member: holder id to the day, in funding order (registration order). */
    final LinkedHashMap<String, LocalDate> registrants = new LinkedHashMap<>();

    ModelAccount(OpenAccount opening) {
        id = opening.personId();
        region = opening.region();
        category = opening.category();
        birthDate = opening.birthDate();
        openedOn = opening.openedOn();
        Money legacy = opening.legacyWithdrawableBalance();
        if (legacy != null) {
            change(openedOn, Pot.WITHDRAWABLE, legacy.fen());
        }
    }

    long fen(Pot pot) {
        return pot == Pot.WITHDRAWABLE ? withdrawableFen : earmarkedFen;
    }

    /**
     * What the pot holds at its lowest at the end of the day and of each later day with a change: all
     * a debit dated that day may take, or some later day's balance, which interest counts, goes negative.
     * A day on or before the paid interest day counts from that interest day, as the ledger reads it:
     * the money of a settled quarter is there, and drawing it is refused.
     */
    long availableFrom(LocalDate day, Pot pot) {
        LocalDate from = settledOn(day) ? settledThrough : day;
        long lowest = endOfDay(from, pot);
        for (DatedChange change : changes) {
            if (change.on().isAfter(from)) {
                lowest = Math.min(lowest, endOfDay(change.on(), pot));
            }
        }
        return Math.max(0, lowest);
    }

    private long endOfDay(LocalDate day, Pot pot) {
        return changes.stream().filter(change -> change.pot() == pot && !change.on().isAfter(day))
                .mapToLong(DatedChange::signedFen).sum();
    }

    Balances balances() {
        return new Balances(Money.ofFen(withdrawableFen), Money.ofFen(earmarkedFen));
    }

    /** Whether a change effective on the day would fall into a quarter whose interest is paid. */
    boolean settledOn(LocalDate day) {
        return settledThrough != null && !day.isAfter(settledThrough);
    }

    /** The changes alone, to recompute interest on without touching this account. */
    ModelAccount copyOfChanges() {
        ModelAccount copy = new ModelAccount(new OpenAccount(id, region, category, birthDate, openedOn, null, null));
        copy.changes.addAll(changes);
        return copy;
    }

    /** A change to both pots at once, as fen per pot (withdrawable, earmarked). */
    void change(LocalDate on, long[] fenPerPot) {
        change(on, Pot.WITHDRAWABLE, fenPerPot[0]);
        change(on, Pot.EARMARKED, fenPerPot[1]);
    }

    void change(LocalDate on, Pot pot, long signedFen) {
        if (signedFen == 0) {
            return;
        }
        if (pot == Pot.WITHDRAWABLE) {
            withdrawableFen += signedFen;
        } else {
            earmarkedFen += signedFen;
        }
        changes.add(new DatedChange(on, pot, signedFen));
    }

    /** The family accounts this member may draw on, on the day, in funding order. */
    List<String> familyAccountsOn(LocalDate day) {
        return registrants.entrySet().stream().filter(entry -> !entry.getValue().isAfter(day))
                .map(Map.Entry::getKey).toList();
    }
}
