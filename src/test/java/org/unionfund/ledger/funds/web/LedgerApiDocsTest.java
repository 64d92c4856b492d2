package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Every ledger endpoint is in the OpenAPI document, tagged and described; Swagger UI is served. */
class LedgerApiDocsTest extends LedgerHttpTestBase {

    @Test
    void every_endpoint_is_documented() {
        JsonNode docs = get("/v3/api-docs").expect(200).json();
        List<String> paths = List.of("/api/v1/bodies", "/api/v1/bodies/{bodyId}", "/api/v1/bodies/{bodyId}/children",
                "/api/v1/bodies/{bodyId}/accounts", "/api/v1/bodies/{bodyId}/years/{year}/close",
                "/api/v1/standards", "/api/v1/standards/in-force", "/api/v1/standards/{scheduleId}",
                "/api/v1/funds", "/api/v1/allocations", "/api/v1/subsidies", "/api/v1/shared-costs",
                "/api/v1/ledgers/{ledgerId}/allocations/{allocationId}/matching-commitments",
                "/api/v1/ledgers/{ledgerId}/allocations/{allocationId}/matching",
                "/api/v1/ledgers/{ledgerId}/postings/{postingId}/reversals",
                "/api/v1/ledgers/{ledgerId}/postings/{postingId}",
                "/api/v1/ledgers/{ledgerId}/trial-balance");
        for (String path : paths) {
            JsonNode item = docs.at("/paths").path(path);
            assertThat(item.isMissingNode()).as(path).isFalse();
            item.fields().forEachRemaining(operation -> {
                assertThat(operation.getValue().path("tags")).as(path).isNotEmpty();
                assertThat(operation.getValue().path("summary").asText()).as(path).isNotBlank();
                if (operation.getKey().equals("post")) {
                    assertThat(operation.getValue().at("/responses").has("422")).as(path).isTrue();
                    assertThat(operation.getValue().at("/responses/400/content")
                            .has("application/problem+json")).as(path).isTrue();
                }
            });
        }
        assertThat(docs.at("/components/schemas/AllocateFundsRequest/properties/amount/example").asText())
                .isEqualTo("4000000.00");
        assertThat(docs.at("/components/schemas/AllocateFundsRequest/properties/fromBodyId/example").isTextual())
                .isTrue();
        assertThat(http.get().uri("/swagger-ui.html").retrieve().toBodilessEntity().getStatusCode().value())
                .isIn(200, 302);
    }
}
