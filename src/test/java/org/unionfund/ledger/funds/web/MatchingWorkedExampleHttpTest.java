package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The worked example of issue 15 over HTTP from an empty store (its own context and database; docs/ledger.md,
 * Region matching): Zhejiang allocates 3,000,000 to Ningbo under 浙工〔2025〕12号, REGION 1:1 by 2025-09-30; Ningbo
 * passes 1,000,000 of it to Haishu (same rule) and 500,000 of its own money to Yinzhou; Haishu's on-time 900,000 is
 * recorded after both requirements were evaluated and revises both outcomes; the as-of view before it still shows
 * the first outcome.
 */
@TestPropertySource(properties = "ledger.matching.grace-period=2d")
class MatchingWorkedExampleHttpTest extends MatchingHttpSupport {

    @Test
    void the_worked_example_from_an_empty_store() {
        zhejiangNingbo();
        issue("ZJ-2025-12", "浙工〔2025〕12号", "330000", "330200", """
                [{"fundId": "ZJ-2025-RECUP", "earmark": "NONPUB-NEWFORM", "amount": "1000000.00"},
                 {"fundId": "ZJ-2025-RECUP", "amount": "2000000.00"}]""", true).expect(201);
        commit("C-NB", "ZJ-2025-12", "330200", "1200000.00", "2025-05-10").expect(201);
        issue("NB-2025-7", "甬工〔2025〕7号", "330200", "330203", """
                [{"fundId": "ZJ-2025-RECUP", "amount": "1000000.00"}]""", true).expect(201);
        issue("NB-2025-8", "甬工〔2025〕8号", "330200", "330212", """
                [{"fundId": "OWN-330200-2025", "amount": "500000.00"}]""", false).expect(201);

        // The deadline has passed: both requirements are evaluated on what is known (no Haishu money yet).
        Reply first = post(LEDGER + "/allocations/ZJ-2025-12/matching/evaluation", null).expect(201);
        assertThat(first.text("/event")).isEqualTo("MatchingShortfallRecordedEvent");
        assertThat(first.text("/shortfall")).isEqualTo("1800000.00");
        post(LEDGER + "/allocations/NB-2025-7/matching/evaluation", null).expect(201);
        post(LEDGER + "/allocations/NB-2025-7/matching/evaluation", null)
                .problem(422, "matching-already-evaluated", "allocationId");
        long beforeRevision = eventStore.createHeadToken().position().orElseThrow();

        commit("C-YZ", "ZJ-2025-12", "330212", "700000.00", "2025-10-10").expect(201);
        Reply haishu = commit("C-HS", "NB-2025-7", "330203", "900000.00", "2025-09-15").expect(201);
        assertThat(haishu.text("/event")).isEqualTo("OwnFundsCommittedEvent");
        awaitAll();

        Reply ningbo = get("/api/v1/statistics/matching?year=2025&region=330200").expect(200);
        assertThat(ningbo.text("/regionName")).isEqualTo("宁波市总工会");
        assertThat(ningbo.text("/required")).isEqualTo("3000000.00");
        assertThat(ningbo.text("/committedByDeadline")).isEqualTo("2100000.00");
        assertThat(ningbo.text("/committedLate")).isEqualTo("700000.00");
        assertThat(ningbo.text("/committedTotal")).isEqualTo("2800000.00");
        assertThat(ningbo.text("/ratio")).isEqualTo("0.700000");
        assertThat(ningbo.text("/shortfall")).isEqualTo("900000.00");
        assertThat(ningbo.at("/revisions").asLong()).isEqualTo(1);

        Reply haishuFigures = get("/api/v1/statistics/matching?year=2025&region=330203&subtree=false").expect(200);
        assertThat(haishuFigures.text("/ratio")).isEqualTo("0.900000");
        assertThat(haishuFigures.text("/shortfall")).isEqualTo("100000.00");
        Reply yinzhou = get("/api/v1/statistics/matching?year=2025&region=330212").expect(200);
        assertThat(yinzhou.at("/allocations").asLong()).isZero();
        assertThat(yinzhou.at("/ratio").isNull()).isTrue();

        // The province rolls up what it issued: Haishu's requirement inside Ningbo's region is not added again.
        Reply province = get("/api/v1/statistics/matching?year=2025&region=330000").expect(200);
        assertThat(province.text("/required")).isEqualTo("3000000.00");
        assertThat(province.text("/committedByDeadline")).isEqualTo("2100000.00");
        assertThat(province.text("/committedTotal")).isEqualTo("2800000.00");
        Reply regions = get("/api/v1/statistics/matching/regions?year=2025&region=330000").expect(200);
        assertThat(regions.at("/items").findValuesAsText("region")).containsExactly("330000", "330200");

        JsonNode document = get("/api/v1/statistics/matching/allocations?year=2025&region=330200").expect(200)
                .at("/items");
        assertThat(document).hasSize(1);
        assertThat(document.at("/0/documentNumber").asText()).isEqualTo("浙工〔2025〕12号");
        assertThat(document.at("/0/fromName").asText()).isEqualTo("浙江省总工会");
        assertThat(document.at("/0/toName").asText()).isEqualTo("宁波市总工会");
        assertThat(document.at("/0/scope").asText()).isEqualTo("REGION");
        assertThat(document.at("/0/lines").findValuesAsText("source")).containsExactly("EARMARKED", "OWN");
        assertThat(document.at("/0/outcome").asText()).isEqualTo("SHORTFALL");
        assertThat(document.at("/0/shortfall").asText()).isEqualTo("900000.00");
        assertThat(document.at("/0/firstShortfall").asText()).isEqualTo("1800000.00");

        Reply status = get(LEDGER + "/allocations/NB-2025-7/matching").expect(200);
        assertThat(status.text("/documentNumber")).isEqualTo("甬工〔2025〕7号");
        assertThat(status.text("/outcome")).isEqualTo("SHORTFALL");
        assertThat(status.text("/evaluation/shortfall")).isEqualTo("100000.00");
        assertThat(status.text("/revisions/0/causedBy")).isEqualTo("C-HS");
        assertThat(status.at("/revisions/0/revises").asInt()).isZero();

        // Leverage counts own money once: the province's 20,000,000 and the region's 2,800,000 committed; Ningbo's
        // 500,000 passed down to Yinzhou is an internal transfer, not new money.
        Reply leverage = get("/api/v1/statistics/leverage?region=330000&year=2025").expect(200);
        assertThat(leverage.text("/provinceOwnFunds")).isEqualTo("20000000.00");
        assertThat(leverage.text("/countyLevelAndAboveFunds")).isEqualTo("22800000.00");
        assertThat(leverage.text("/leverage")).isEqualTo("1.1400");

        // What was known before Haishu's record: the first outcome, never overwritten.
        Reply asOf = get("/api/v1/audit/as-of/matching?year=2025&region=330200&asOf=" + beforeRevision).expect(200);
        assertThat(asOf.text("/answer/committedByDeadline")).isEqualTo("1200000.00");
        assertThat(asOf.text("/answer/ratio")).isEqualTo("0.400000");
        assertThat(asOf.text("/answer/shortfall")).isEqualTo("1800000.00");
        assertThat(asOf.at("/answer/revisions").asLong()).isZero();
    }
}
