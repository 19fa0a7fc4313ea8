package ledger.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Arrays;
import java.util.List;
import ledger.app.security.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Names the roles that may call each operation ({@code x-roles} and the description), found by
 * asking the running security rules for every role, so the description can never disagree with
 * what {@code SecurityConfiguration} enforces.
 */
class RolesDocumented implements OpenApiCustomizer {

    static final String ROLES = "x-roles";

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> securityRules;

    RolesDocumented(ObjectProvider<WebInvocationPrivilegeEvaluator> securityRules) {
        this.securityRules = securityRules;
    }

    @Override
    public void customise(OpenAPI openApi) {
        WebInvocationPrivilegeEvaluator rules = securityRules.getObject();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(operation, allowed(rules, samplePath(path), method.name()))));
    }

    private static List<String> allowed(WebInvocationPrivilegeEvaluator rules, String path, String method) {
        return Arrays.stream(Role.values()).map(Role::name)
                .filter(role -> rules.isAllowed("", path, method, new UsernamePasswordAuthenticationToken(role, null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + role)))))
                .toList();
    }

    private static void document(Operation operation, List<String> roles) {
        operation.addExtension(ROLES, roles);
        String stated = "Roles: " + (roles.isEmpty() ? "none" : String.join(", ", roles)) + ".";
        operation.setDescription(operation.getDescription() == null ? stated : stated + " " + operation.getDescription());
    }

    /** A concrete path the rules can match: each template variable replaced by a plain value. */
    private static String samplePath(String template) {
        return template.replaceAll("\\{[^}]+}", "x");
    }
}
