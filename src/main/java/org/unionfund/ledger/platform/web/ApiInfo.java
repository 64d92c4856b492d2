package org.unionfund.ledger.platform.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.info.Info;

/** The title Swagger UI and {@code /v3/api-docs} show for the API (not springdoc's "OpenAPI definition v0"). */
@Configuration(proxyBeanMethods = false)
class ApiInfo {

    @Bean
    OpenApiCustomizer ledgerApiInfo() {
        return openApi -> openApi.setInfo(new Info().title("工会福利资金账本 Welfare Fund Ledger API").version("v1")
                .description("Event-sourced ledger of trade-union welfare funds: every refusal is RFC 9457 "
                        + "problem+json with rule, field and correlationId. See README.md and docs/."));
    }
}
