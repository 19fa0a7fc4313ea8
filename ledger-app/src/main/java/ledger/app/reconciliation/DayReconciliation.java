package ledger.app.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ledger.money.Money;
import ledger.projections.reconciliation.InstitutionDays.Line;

/**
 * The institution's settlements of a day against the ledger's: those only on one side, and those on
 * both whose amounts differ. Refunds and cancellations are not in the institution's file.
 */
record DayReconciliation(int ledgerCount, int fileCount, int matched, List<Side> onlyInLedger,
                         List<Side> onlyInFile, List<Difference> amountsDiffer, boolean reconciles) {

    record Side(String paymentId, Money amount) {
    }

    record Difference(String paymentId, Money ledgerAmount, Money fileAmount) {
    }

    static DayReconciliation of(List<Line> settlements, Map<String, Money> file) {
        Map<String, Money> ledger = new TreeMap<>();
        settlements.forEach(line -> ledger.put(line.paymentId(), Money.ofFen(line.amountFen())));
        List<Side> onlyInLedger = new ArrayList<>();
        List<Difference> differ = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, Money> booked : ledger.entrySet()) {
            Money theirs = file.get(booked.getKey());
            if (theirs == null) {
                onlyInLedger.add(new Side(booked.getKey(), booked.getValue()));
            } else if (!theirs.equals(booked.getValue())) {
                differ.add(new Difference(booked.getKey(), booked.getValue(), theirs));
            } else {
                matched++;
            }
        }
        List<Side> onlyInFile = new TreeMap<>(file).entrySet().stream()
                .filter(listed -> !ledger.containsKey(listed.getKey()))
                .map(listed -> new Side(listed.getKey(), listed.getValue())).toList();
        return new DayReconciliation(ledger.size(), file.size(), matched, onlyInLedger, onlyInFile, differ,
                onlyInLedger.isEmpty() && onlyInFile.isEmpty() && differ.isEmpty());
    }
}
