package ledger.app.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ledger.account.ChangeFundingOrder;
import ledger.account.RegisterFamilyMember;
import ledger.account.Relation;
import ledger.account.RevokeFamilyMember;
import ledger.app.web.LedgerId;
import ledger.app.web.UnknownAccount;
import ledger.projections.account.AccountReadModels;
import ledger.refusal.RuleRefusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Family mutual aid (家庭共济, domain-rules §5): registrations and each member's funding order. */
@RestController
@RequestMapping("/api/v1/accounts")
class FamilyController {

    private final CommandGateway commands;
    private final AccountReadModels readModels;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    FamilyController(CommandGateway commands, AccountReadModels readModels, ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.readModels = readModels;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /**
     * The contract's {@code memberScheme} and {@code memberRegion} are accepted: only members with an
     * account of their own ({@code EMPLOYEE}) are built, and the member's account decides the region.
     */
    record RegistrationRequest(@NotBlank @LedgerId String memberId, @NotNull Relation relation,
                               LocalDate registeredOn, MemberScheme memberScheme, @Size(max = 32) String memberRegion) {
    }

    enum MemberScheme {
        EMPLOYEE,
        RESIDENT
    }

    record RegistrationJson(String holderId, String memberId, Relation relation, LocalDate registeredOn) {
    }

    record FundingOrderRequest(@NotNull @Size(max = 32) List<@NotBlank String> accounts) {
    }

    record FundingOrderJson(String memberId, List<String> accounts) {
    }

    @PostMapping("/{personId}/family-members")
    @ResponseStatus(HttpStatus.CREATED)
    RegistrationJson register(@PathVariable String personId, @Valid @RequestBody RegistrationRequest request) {
        if (request.memberScheme() == MemberScheme.RESIDENT) {
            throw new RuleRefusal("resident-member-not-supported", "members of the resident scheme, who hold no "
                    + "personal account, cannot be registered yet; memberScheme EMPLOYEE registers a member's account");
        }
        LocalDate registeredOn = request.registeredOn() != null ? request.registeredOn() : LocalDate.now(clock);
        commands.sendAndWait(new RegisterFamilyMember(personId, request.memberId(), request.relation(), registeredOn));
        catchUp.awaitAccounts(List.of(personId, request.memberId()));
        return new RegistrationJson(personId, request.memberId(), request.relation(), registeredOn);
    }

    @DeleteMapping("/{personId}/family-members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String personId, @PathVariable String memberId) {
        commands.sendAndWait(new RevokeFamilyMember(personId, memberId, LocalDate.now(clock)));
        catchUp.awaitAccounts(List.of(personId, memberId));
    }

    @GetMapping("/{memberId}/funding-order")
    FundingOrderJson fundingOrder(@PathVariable String memberId) {
        readModels.account(memberId).orElseThrow(() -> new UnknownAccount(memberId));
        List<String> accounts = new ArrayList<>(List.of(memberId));
        accounts.addAll(readModels.familyAccountsOf(memberId));
        return new FundingOrderJson(memberId, accounts);
    }

    @PutMapping("/{memberId}/funding-order")
    FundingOrderJson changeFundingOrder(@PathVariable String memberId,
                                        @Valid @RequestBody FundingOrderRequest request) {
        commands.sendAndWait(new ChangeFundingOrder(memberId, request.accounts(), LocalDate.now(clock)));
        catchUp.awaitAccount(memberId);
        return fundingOrder(memberId);
    }
}
