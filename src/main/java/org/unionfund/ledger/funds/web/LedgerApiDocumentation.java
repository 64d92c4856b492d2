package org.unionfund.ledger.funds.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.web.ProblemDocs;

import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents the problem+json refusals of the ledger and standards endpoints in the OpenAPI document (shape:
 * type, title, status, detail, rule, field; see docs/ledger.md for the rule codes).
 */
@Configuration(proxyBeanMethods = false)
class LedgerApiDocumentation {

    private static final String[] DOCUMENTED_PACKAGES = {
            "org.unionfund.ledger.funds.web", "org.unionfund.ledger.recuperation.standard.web"};

    @Bean
    OperationCustomizer ledgerProblemResponses() {
        return (operation, handler) -> {
            String owner = handler.getBeanType().getPackageName();
            boolean ours = false;
            for (String documented : DOCUMENTED_PACKAGES) {
                ours |= owner.equals(documented);
            }
            if (!ours) {
                return operation;
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            boolean write = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class);
            if (write) {
                responses.putIfAbsent("201", new ApiResponse().description("Recorded; Location names the resource")
                        .content(responses.containsKey("200") ? responses.get("200").getContent() : null));
                responses.computeIfPresent("200", (code, response) -> response.description(
                        "An idempotent repeat: nothing written, the original body; header Idempotent-Replayed: true"));
                responses.putIfAbsent("400", problem("Malformed request: malformed-json, unknown-field, "
                        + "invalid-value, invalid-amount (more than two decimals, exponent, zero or negative), "
                        + "invalid-id, not-null, idempotency-key-mismatch"));
                responses.putIfAbsent("409", problem("idempotency-conflict (id reused with other content), "
                        + "duplicate-body, concurrent-modification (lost a race after retries; repeat)"));
                responses.putIfAbsent("422", problem("A business rule refused the request; nothing was written "
                        + "(insufficient-funds, earmark-violation, not-in-subtree, unknown-body, year-closed, …)"));
            } else {
                responses.putIfAbsent("400", problem("Malformed parameter (invalid-id, invalid-value)"));
                responses.putIfAbsent("404", problem("not-found"));
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return ProblemDocs.response(description, "insufficient-funds", 422, "amount");
    }
}
