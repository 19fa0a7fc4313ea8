package ledger.app.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ledger.account.event.InterestAdjusted;
import ledger.account.receipt.ClosureReceipt;
import ledger.account.receipt.InterestReceipt;
import ledger.account.receipt.TransferReceipt;
import ledger.account.value.ClosureReason;
import ledger.app.accounts.AccountResponses.BalanceJson;
import ledger.app.openapi.AnswersCreatedOrRepeated;
import ledger.app.web.LedgerId;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Interest, liquidation and transfers in (domain-rules §3, §8). */
@RestController
@RequestMapping("/api/v1/accounts/{personId}")
class LifecycleController {

    private final LifecycleService lifecycle;

    LifecycleController(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    record InterestRequest(@NotNull Quarter quarter) {
    }

    record PerPotJson(Money withdrawable, Money earmarked) {
    }

    /** A later quarter recomputed after a missed one was paid (code 110). */
    record AdjustmentJson(Quarter quarter, Money before, Money after, Money difference) {
        static AdjustmentJson of(InterestAdjusted adjusted) {
            return new AdjustmentJson(adjusted.quarter(), adjusted.before().total(), adjusted.after().total(),
                    adjusted.difference());
        }
    }

    record InterestJson(Quarter quarter, Money amount, PerPotJson perPot, List<PotInterest> calculation,
                        List<AdjustmentJson> adjustments, BalanceJson balance) {
        static InterestJson of(InterestReceipt receipt) {
            return new InterestJson(receipt.quarter(), receipt.amount(),
                    new PerPotJson(amountOf(receipt, Pot.WITHDRAWABLE), amountOf(receipt, Pot.EARMARKED)),
                    receipt.perPot(), receipt.adjustments().stream().map(AdjustmentJson::of).toList(),
                    BalanceJson.of(receipt.balanceAfter()));
        }

        private static Money amountOf(InterestReceipt receipt, Pot pot) {
            return receipt.perPot().stream().filter(p -> p.pot() == pot).map(PotInterest::amount)
                    .findFirst().orElse(Money.ZERO);
        }
    }

    /** {@code heirAccountId}: on death, the account of the region the balance is credited into. */
    record ClosureRequest(@NotNull ClosureReason reason, @NotNull LocalDate effectiveOn,
                          @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String payee,
                          @LedgerId String heirAccountId) {
    }

    record TransferRequest(@NotBlank @LedgerId String transferId, @NotBlank String fromRegion,
                           @NotNull Money amount) {
    }

    record TransferJson(String transferId, Money amount, Pot pot, BalanceJson balance) {
        static TransferJson of(TransferReceipt receipt) {
            return new TransferJson(receipt.transferId(), receipt.amount(), Pot.EARMARKED,
                    BalanceJson.of(receipt.balanceAfter()));
        }
    }

    @PostMapping("/interest")
    @ResponseStatus(HttpStatus.CREATED)
    InterestJson postInterest(@PathVariable String personId, @Valid @RequestBody InterestRequest request) {
        return InterestJson.of(lifecycle.postInterest(personId, request.quarter()));
    }

    @PostMapping("/closure")
    ClosureReceipt close(@PathVariable String personId, @Valid @RequestBody ClosureRequest request) {
        return lifecycle.close(personId, request.reason(), request.effectiveOn(), request.payee(),
                request.heirAccountId());
    }

    @PostMapping("/transfers-in")
    @AnswersCreatedOrRepeated
    ResponseEntity<TransferJson> transferIn(@PathVariable String personId, @Valid @RequestBody TransferRequest request) {
        TransferReceipt receipt = lifecycle.transferIn(personId, request.transferId(), request.fromRegion(),
                request.amount());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(TransferJson.of(receipt));
    }
}
