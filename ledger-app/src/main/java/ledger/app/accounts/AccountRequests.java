package ledger.app.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.ReverseCredit;
import ledger.app.web.LedgerId;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.InsuranceStatus;

/** The request bodies of the account endpoints, as the API contract names their fields. */
final class AccountRequests {

    private AccountRequests() {
    }

    /**
     * {@code personId} is the core's to check, so that a missing or blank one answers
     * {@code person-id-required} and one of another form {@code invalid-id}, as a command from anywhere would.
     */
    record OpenAccountRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String personId,
            @NotBlank @Size(max = 32) String region,
            @NotNull Category category,
            @NotNull LocalDate birthDate,
            @NotNull LocalDate openedOn,
            LocalDate retiredOn,
            Money legacyWithdrawableBalance) {
    }

    record RetirementRequest(@NotNull LocalDate retiredOn) {
    }

    record StatusRequest(@NotNull InsuranceStatus status, @NotNull LocalDate effectiveOn) {
    }

    /** {@code reason} is the core's to check ({@code reason-required}), as for a reversal sent from anywhere. */
    record ReversalRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ReverseCredit.MAX_REASON_LENGTH)
                           String reason) {
    }

    record CreditRequest(@NotNull YearMonth period, Money contributionBase, LocalDate creditedOn) {
    }

    /** {@code pot} is optional; asking for the earmarked pot is refused by rule, never silently ignored. */
    record WithdrawalRequest(
            @NotBlank @LedgerId String withdrawalId,
            @NotNull Money amount,
            LocalDate occurredOn,
            Pot pot) {
    }
}
