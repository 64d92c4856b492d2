package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The yearly report's matching tables name what staff name: the document's 文号 and title, the bodies' and the funds'
 * names first, the codes last (JSON, CSV); the statistics API gives each fund's name beside its id.
 * Its own ledger (Anhui, 340000), as every class sharing the ledger HTTP context.
 */
class MatchingReportNamesHttpTest extends MatchingHttpSupport {

    private static final String FUND_NAME = "安徽省总工会2025年职工疗休养资金";

    @Test
    void the_matching_tables_show_the_document_number_and_the_names_with_the_codes_last() {
        register("340000", "安徽省总工会", "PROVINCE", null);
        register("340200", "芜湖市总工会", "CITY", "340000").expect(201);
        post("/api/v1/funds", """
                {"fundId": "AH-2025-RECUP", "bodyId": "340000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "20000000.00", "effectiveDate": "2025-01-10", "name": "%s"}""".formatted(FUND_NAME))
                .expect(201);
        issue("AH-2025-12", "皖工〔2025〕12号", "340000", "340200", """
                [{"fundId": "AH-2025-RECUP", "amount": "3000000.00"}]""", true).expect(201);
        post("/api/v1/ledgers/340000/allocation-documents/AH-2025-12/commitments", """
                {"commitmentId": "C-WH", "bodyId": "340200", "amount": "1200000.00", "effectiveDate": "2025-05-10"}""")
                .expect(201);
        awaitAll();

        JsonNode allocation = get("/api/v1/statistics/matching/allocations?year=2025&region=340000").expect(200)
                .at("/items/0");
        assertThat(allocation.path("fundName").asText()).isEqualTo(FUND_NAME);
        assertThat(allocation.at("/lines/0/fundName").asText()).isEqualTo(FUND_NAME);
        assertThat(allocation.at("/lines/0/fundId").asText()).isEqualTo("AH-2025-RECUP");

        JsonNode report = get("/api/v1/reports/yearly?year=2025&body=340000").expect(200).json();
        JsonNode matching = report.at("/tables/matching");
        assertThat(keys(matching.path("columns"))).startsWith("documentNumber", "title", "fromName", "toName",
                "fundName").endsWith("allocationId", "ledgerId", "fromBodyId", "toBodyId", "fundId");
        JsonNode row = matching.at("/rows/0");
        assertThat(List.of(row.path("documentNumber").asText(), row.path("title").asText(),
                row.path("fromName").asText(), row.path("toName").asText(), row.path("fundName").asText()))
                .containsExactly("皖工〔2025〕12号", "关于下达职工疗休养补助资金的通知", "安徽省总工会", "芜湖市总工会",
                        FUND_NAME);
        assertThat(List.of(row.path("allocationId").asText(), row.path("fromBodyId").asText(),
                row.path("toBodyId").asText(), row.path("fundId").asText()))
                .containsExactly("AH-2025-12", "340000", "340200", "AH-2025-RECUP");
        assertThat(row.path("required").asText()).isEqualTo("3000000.00");
        assertThat(matching.at("/total/documentNumber").asText()).isEqualTo("合计");

        JsonNode regions = report.at("/tables/region_matching");
        assertThat(keys(regions.path("columns"))).startsWith("name", "key");
        assertThat(regions.at("/rows/1/name").asText()).isEqualTo("芜湖市总工会");
        assertThat(regions.at("/rows/1/key").asText()).isEqualTo("340200");

        String csv = http.get().uri("/api/v1/reports/yearly?year=2025&body=340000&format=csv&table=matching")
                .retrieve().body(String.class);
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        assertThat(lines[0]).startsWith("documentNumber,title,fromName,toName,fundName,")
                .endsWith("allocationId,ledgerId,fromBodyId,toBodyId,fundId");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("皖工〔2025〕12号,关于下达职工疗休养补助资金的通知,安徽省总工会,芜湖市总工会," + FUND_NAME + ",")
                .endsWith("AH-2025-12,340000,340000,340200,AH-2025-RECUP"));
    }

    private static List<String> keys(JsonNode columns) {
        List<String> keys = new ArrayList<>();
        columns.forEach(c -> keys.add(c.path("key").asText()));
        return keys;
    }
}
