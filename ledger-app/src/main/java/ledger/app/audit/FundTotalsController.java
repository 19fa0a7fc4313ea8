package ledger.app.audit;

import java.util.List;
import ledger.money.Money;
import ledger.policy.PolicyCatalog;
import ledger.projections.fund.FundTotals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The fund's figures of a region per month, pot and kind of movement, reconciled with the balances. */
@RestController
class FundTotalsController {

    private final FundTotals fundTotals;
    private final PolicyCatalog policies;

    FundTotalsController(FundTotals fundTotals, PolicyCatalog policies) {
        this.fundTotals = fundTotals;
        this.policies = policies;
    }

    record LineJson(String month, String pot, String flow, String amount, long movements) {
    }

    record PotJson(String pot, String movements, String balances, boolean reconciles) {
    }

    record FundTotalsJson(String region, boolean reconciles, List<PotJson> pots, List<LineJson> lines) {
    }

    @GetMapping("/api/v1/audit/regions/{region}/fund-totals")
    FundTotalsJson fundTotals(@PathVariable String region) {
        policies.region(region);
        List<PotJson> pots = fundTotals.reconciliation(region).stream()
                .map(pot -> new PotJson(pot.pot(), yuan(pot.movementsFen()), yuan(pot.balancesFen()), pot.reconciles()))
                .toList();
        List<LineJson> lines = fundTotals.lines(region).stream()
                .map(line -> new LineJson(line.month(), line.pot(), line.flow(), yuan(line.amountFen()), line.movements()))
                .toList();
        return new FundTotalsJson(region, pots.stream().allMatch(PotJson::reconciles), pots, lines);
    }

    private static String yuan(long fen) {
        return fen < 0 ? "-" + Money.ofFen(-fen) : Money.ofFen(fen).toString();
    }
}
