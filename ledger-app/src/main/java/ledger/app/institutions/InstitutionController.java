package ledger.app.institutions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ledger.payment.value.DesignatedInstitution;
import ledger.payment.value.InstitutionKind;
import ledger.policy.PolicyCatalog;
import ledger.refusal.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The registry of designated institutions (定点医药机构) that card-PIN exemptions are decided against. */
@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionController {

    private final InstitutionRegistry registry;
    private final PolicyCatalog policies;

    InstitutionController(InstitutionRegistry registry, PolicyCatalog policies) {
        this.registry = registry;
        this.policies = policies;
    }

    record InstitutionRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 32) String region,
                              @NotNull InstitutionKind kind) {
    }

    @PutMapping("/{institutionId}")
    DesignatedInstitution put(@PathVariable String institutionId, @Valid @RequestBody InstitutionRequest request,
                              @AuthenticationPrincipal UserDetails operator) {
        policies.region(request.region());
        DesignatedInstitution institution = new DesignatedInstitution(institutionId, request.name().strip(),
                request.region(), request.kind());
        registry.put(institution, operator.getUsername());
        return institution;
    }

    @GetMapping("/{institutionId}")
    DesignatedInstitution get(@PathVariable String institutionId) {
        return registry.find(institutionId).orElseThrow(() -> new NotFound("unknown-institution",
                "no designated institution " + institutionId + " is registered"));
    }
}
