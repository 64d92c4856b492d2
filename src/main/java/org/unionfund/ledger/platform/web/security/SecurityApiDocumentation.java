package org.unionfund.ledger.platform.web.security;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.web.ProblemDocs;
import org.unionfund.ledger.security.LedgerSecurityProperties;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document names how to authenticate (HTTP Basic in basic mode, a bearer JWT in jwt mode, so Swagger
 * UI's "Authorize" works) and documents the 401 / 403 problems of every API operation.
 */
@Configuration(proxyBeanMethods = false)
class SecurityApiDocumentation {

    static final String SCHEME = "ledger";

    @Bean
    OpenApiCustomizer ledgerSecurityScheme(LedgerSecurityProperties properties) {
        boolean jwt = properties.mode() == LedgerSecurityProperties.Mode.JWT;
        SecurityScheme scheme = jwt
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT of the identity provider with claims " + properties.jwt().roleClaim()
                                + " and " + properties.jwt().bodyClaim() + " (docs/security.md)")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A configured user (demo users in README.md)");
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components.addSecuritySchemes(SCHEME, scheme));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(operation -> {
                        ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                                : operation.getResponses();
                        responses.putIfAbsent("401", problem("unauthenticated: no or bad credentials"));
                        responses.putIfAbsent("403", problem("forbidden (the role may not do this) or "
                                + "out-of-scope (the body is outside the caller's subtree)"));
                        operation.setResponses(responses);
                    });
                }
            });
        };
    }

    private static ApiResponse problem(String description) {
        return ProblemDocs.response(description, "out-of-scope", 403, null);
    }
}
