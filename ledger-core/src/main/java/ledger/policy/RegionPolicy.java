package ledger.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ledger.money.Pot;

/** Everything a region's bureau decides that the ledger computes with, as effective-dated data. */
public record RegionPolicy(
        String region,
        String name,
        ZoneId timeZone,
        LocalDate reformCutover,
        List<CreditRule> creditRules,
        FamilyAidPolicy familyAid,
        InterestPolicy interest,
        UsePolicy use,
        CredentialPolicy credentials,
        List<ClosureRule> closureRules) {

    /** A policy file without {@code credentials} grants no PIN exemption. */
    public RegionPolicy {
        creditRules = List.copyOf(creditRules);
        Objects.requireNonNull(use, "use (purposes and cashWithdrawal) is required");
        credentials = credentials == null ? CredentialPolicy.NONE : credentials;
        closureRules = closureRules == null ? List.of() : List.copyOf(closureRules);
    }

    /** The region's rule for a regional reason of liquidation, if it has one. */
    public Optional<ClosureRule> closureRule(String reason) {
        return closureRules.stream().filter(rule -> rule.reason().equals(reason)).findFirst();
    }

    /** Money allocated before the cutover stays withdrawable; from the cutover on it is earmarked (§1). */
    public Pot potFor(LocalDate allocationDate) {
        return allocationDate.isBefore(reformCutover) ? Pot.WITHDRAWABLE : Pot.EARMARKED;
    }

    /** The rule in force for a category on the first day of a period. */
    public Optional<CreditRule> creditRuleFor(Category category, YearMonth period) {
        LocalDate firstDay = period.atDay(1);
        return creditRules.stream()
                .filter(rule -> rule.categories().contains(category))
                .filter(rule -> !rule.effectiveFrom().isAfter(firstDay))
                .max(Comparator.comparing(CreditRule::effectiveFrom));
    }
}
