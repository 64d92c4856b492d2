package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Allocation documents and region matching over HTTP: a backfilled past year judged after the grace period, and the
 * refusals of bad documents and commitments (the worked example is {@link MatchingWorkedExampleHttpTest}).
 */
@TestPropertySource(properties = "ledger.matching.grace-period=1d")
class RegionMatchingHttpTest extends MatchingHttpSupport {

    @Test
    void backfilling_a_past_year_ends_with_the_outcomes_of_its_business_dates_and_no_false_shortfall() {
        register("330000", "浙江省总工会", "PROVINCE", null);
        register("330300", "温州市总工会", "CITY", "330000").expect(201);
        fund("ZJ-2024-RECUP", 2024);
        issue("ZJ-2024-30", "浙工〔2024〕30号", "330000", "330300", """
                [{"fundId": "ZJ-2024-RECUP", "amount": "1000000.00"}]""", "2024-03-01", "2024-09-30")
                .expect(201);
        awaitAll();
        assertThat(scheduler.evaluateDue()).as("within the grace period after recording")
                .noneMatch(e -> e.allocationId().equals("ZJ-2024-30"));
        assertThat(get(LEDGER + "/allocations/ZJ-2024-30/matching").expect(200).text("/outcome")).isEqualTo("OPEN");
        commit("C-WZ", "ZJ-2024-30", "330300", "1000000.00", "2024-09-01").expect(201);
        awaitAll();
        var evaluations = scheduler.evaluateDue(Instant.now().plus(Duration.ofDays(2)));
        assertThat(evaluations).filteredOn(e -> e.allocationId().equals("ZJ-2024-30"))
                .extracting(e -> e.outcome().name()).containsExactly("MET");
        awaitAll();
        assertThat(get("/api/v1/statistics/matching?year=2024&region=330300").expect(200).text("/shortfall"))
                .isEqualTo("0.00");
    }

    @Test
    void bad_documents_and_commitments_are_refused_with_rule_and_field_and_write_nothing() {
        register("330000", "浙江省总工会", "PROVINCE", null);
        register("330400", "嘉兴市总工会", "CITY", "330000").expect(201);
        register("330500", "湖州市总工会", "CITY", "330000").expect(201);
        fund("ZJ-2026-RECUP", 2026);
        issue("ZJ-2026-1", "浙工〔2026〕1号", "330000", "330400", """
                [{"fundId": "ZJ-2026-RECUP", "amount": "1000000.00"}]""", "2026-03-01", "2026-09-30").expect(201);
        long before = commits();
        issue("ZJ-2026-2", "浙工〔2026〕2号", "330000", "330400", """
                [{"fundId": "ZJ-2026-RECUP", "amount": "100.00"},
                 {"fundId": "ZJ-2026-RECUP", "amount": "99999999.00"}]""", "2026-03-01", "2026-09-30")
                .problem(422, "insufficient-funds", "lines[1].amount");
        issue("ZJ-2026-3", "浙工〔2026〕1号", "330000", "330500", """
                [{"fundId": "ZJ-2026-RECUP", "amount": "100.00"}]""", "2026-03-01", "2026-09-30")
                .problem(409, "duplicate-document-number", "documentNumber");
        issue("ZJ-2026-4", "浙工〔2026〕4号", "330000", "330500", """
                [{"fundId": "ZJ-2026-RECUP", "amount": "100.00"}]""", "2026-03-01", "2026-02-28")
                .problem(422, "invalid-date", "matching.deadline");
        commit("C-HZ", "ZJ-2026-1", "330500", "100.00", "2026-05-01").problem(422, "outside-region", "bodyId");
        issue("ZJ-2026-5", " ", "330000", "330500", """
                [{"fundId": "ZJ-2026-RECUP", "amount": "100.00"}]""", "2026-03-01", "2026-09-30")
                .problem(400, "not-blank", "documentNumber");
        assertThat(commits()).as("nothing written").isEqualTo(before);
    }
}
