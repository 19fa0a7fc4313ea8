package ledger.app.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.app.web.LedgerId;
import ledger.money.Money;
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

    private final FamilyService family;

    FamilyController(FamilyService family) {
        this.family = family;
    }

    /**
     * {@code memberScheme} defaults to {@code EMPLOYEE} (the member holds an account, which decides his
     * region); {@code RESIDENT} records a resident-scheme member, insured in {@code memberRegion}
     * (default: the holder's region).
     */
    record RegistrationRequest(@NotBlank @LedgerId String memberId, @NotNull Relation relation,
                               LocalDate registeredOn, MemberScheme memberScheme, @Size(max = 32) String memberRegion) {
    }

    record RegistrationJson(String holderId, String memberId, Relation relation, LocalDate registeredOn,
                            MemberScheme memberScheme) {
    }

    record FamilyMemberJson(String memberId, Relation relation, MemberScheme memberScheme, LocalDate registeredOn,
                            Money spent) {
    }

    record FamilyMembersJson(String personId, List<FamilyMemberJson> members) {
    }

    record FundingOrderRequest(@NotNull @Size(max = 32) List<@NotBlank String> accounts) {
    }

    record FundingOrderJson(String memberId, List<String> accounts) {
    }

    @PostMapping("/{personId}/family-members")
    @ResponseStatus(HttpStatus.CREATED)
    RegistrationJson register(@PathVariable String personId, @Valid @RequestBody RegistrationRequest request) {
        MemberScheme scheme = request.memberScheme() != null ? request.memberScheme() : MemberScheme.EMPLOYEE;
        LocalDate registeredOn = family.register(personId, request.memberId(), request.relation(),
                request.registeredOn(), scheme, request.memberRegion());
        return new RegistrationJson(personId, request.memberId(), request.relation(), registeredOn, scheme);
    }

    @GetMapping("/{personId}/family-members")
    FamilyMembersJson members(@PathVariable String personId) {
        return new FamilyMembersJson(personId, family.membersOf(personId).stream()
                .map(member -> new FamilyMemberJson(member.memberId(), member.relation(), member.memberScheme(),
                        member.registeredOn(), member.spent()))
                .toList());
    }

    @DeleteMapping("/{personId}/family-members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String personId, @PathVariable String memberId) {
        family.revoke(personId, memberId);
    }

    @GetMapping("/{memberId}/funding-order")
    FundingOrderJson fundingOrder(@PathVariable String memberId) {
        return new FundingOrderJson(memberId, family.fundingOrder(memberId));
    }

    @PutMapping("/{memberId}/funding-order")
    FundingOrderJson changeFundingOrder(@PathVariable String memberId,
                                        @Valid @RequestBody FundingOrderRequest request) {
        return new FundingOrderJson(memberId, family.changeFundingOrder(memberId, request.accounts()));
    }
}
