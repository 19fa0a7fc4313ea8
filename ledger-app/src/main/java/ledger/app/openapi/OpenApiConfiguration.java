package ledger.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import ledger.money.Money;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), generated
 * from the controllers by springdoc (ADR 15) and completed with what the code alone does not say:
 * money is a yuan string, refusals are problem+json, an idempotent write answers 201 or, repeated, 200,
 * and which roles may call each operation. Only {@code /api/**} is described (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";

    static {
        // Money serializes as a yuan string (@JsonValue); without this springdoc would describe its fields
        SpringDocUtils.getConfig().replaceWithSchema(Money.class, new StringSchema()
                .pattern("^" + Money.YUAN_PATTERN + "$").example("240.00")
                .description("yuan with exactly two decimals, as a JSON string; a JSON number is refused (400)"));
    }

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Personal-account ledger").version("v1")
                        .description("The HTTP contract of the employee medical-insurance personal-account ledger "
                                + "(docs/api.md). Every refusal is application/problem+json with type "
                                + "urn:ledger:problem:<code>; a refused request changes nothing."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer problemResponsesDocumented() {
        return new ProblemResponsesDocumented();
    }

    @Bean
    OperationCustomizer repeatsDocumented() {
        return new RepeatsDocumented();
    }

    @Bean
    OpenApiCustomizer rolesDocumented(ObjectProvider<WebInvocationPrivilegeEvaluator> securityRules) {
        return new RolesDocumented(securityRules);
    }
}
