package ledger.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ledger.money.Money;

/**
 * What a generated step is resolved against when it runs: the business day the sequence has reached,
 * the people of the generated world, the model (for "refund what is left") and the commands sent
 * so far (for "send that one again").
 */
final class Scene {

    /** An insured-person number no account was opened for. */
    static final String UNKNOWN_PERSON = "110101199912319999";

    final List<String> people;
    final LedgerModel model;
    /** The commands sent so far, accepted or refused, for retries. */
    final List<Object> sent = new ArrayList<>();
    LocalDate today;

    Scene(List<String> people, LedgerModel model, LocalDate firstDay) {
        this.people = List.copyOf(people);
        this.model = model;
        this.today = firstDay;
    }

    /** Person {@code index}, or the unknown person when the index is past the last account. */
    String person(int index) {
        return index < people.size() ? people.get(index) : UNKNOWN_PERSON;
    }

    /** The {@code index}-th person some account registered as a family member, else person {@code index}. */
    String familyMember(int index) {
        List<String> members = model.accounts().stream().filter(account -> !account.registrants.isEmpty())
                .map(account -> account.id).toList();
        return index < members.size() ? members.get(index) : person(index);
    }

    /** Every registration in force, as holder and member, holders in the order of the world. */
    List<List<String>> registrations() {
        List<List<String>> ties = new ArrayList<>();
        for (ModelAccount holder : model.accounts()) {
            holder.members.keySet().stream().sorted().forEach(member -> ties.add(List.of(holder.id, member)));
        }
        return ties;
    }

    /** What the person's own account holds now, both pots; nothing for a person without one. */
    Money ownBalance(String personId) {
        return model.account(personId).map(account -> account.balances().total()).orElse(Money.ZERO);
    }

    String region(int index) {
        return model.account(person(index)).map(account -> account.region).orElse("BEIJING");
    }

    LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }
}
