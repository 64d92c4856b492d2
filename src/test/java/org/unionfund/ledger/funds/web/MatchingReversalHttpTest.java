package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A corrected own-money commitment over HTTP: reversing part of an on-time commitment after the requirement was
 * judged MET records a revision that references the outcome and the reversal; the current status shows the
 * shortfall, the as-of view before the reversal still shows MET. (Shares {@link RegionMatchingHttpTest}'s context:
 * its own bodies 330600/330602 and year 2023.)
 */
@TestPropertySource(properties = "ledger.matching.grace-period=1d")
class MatchingReversalHttpTest extends MatchingHttpSupport {

    @Test
    void a_reversed_commitment_revises_the_recorded_outcome_and_the_as_of_view_keeps_the_old_one() {
        long beforeReversal = evaluated(new RegionDocument(2023, "ZJ-2023-5", "浙工〔2023〕5号", "330600", "绍兴市总工会",
                "330602", "越城区总工会"), "C-SX", "600000.00", "C-YC", "500000.00", "MatchingRequirementMetEvent");

        reverse("C-YC", "R-YC", "300000.00", "越城区配套资金多录入", "2023-10-20");

        Reply status = get(LEDGER + "/allocations/ZJ-2023-5/matching").expect(200);
        assertThat(status.text("/outcome")).isEqualTo("SHORTFALL");
        assertThat(status.text("/committedOnTime")).isEqualTo("800000.00");
        assertThat(status.text("/evaluation/committedByDeadline")).isEqualTo("800000.00");
        assertThat(status.text("/evaluation/shortfall")).isEqualTo("200000.00");
        assertThat(status.at("/revisions")).hasSize(1);
        assertThat(status.at("/revisions/0/revision").asInt()).isEqualTo(1);
        assertThat(status.at("/revisions/0/revises").asInt()).isZero();
        assertThat(status.text("/revisions/0/causedBy")).isEqualTo("C-YC");
        assertThat(status.text("/revisions/0/reversedBy")).isEqualTo("R-YC");

        Reply figures = get("/api/v1/statistics/matching?year=2023&region=330600").expect(200);
        assertThat(figures.text("/committedByDeadline")).isEqualTo("800000.00");
        assertThat(figures.text("/ratio")).isEqualTo("0.800000");
        assertThat(figures.text("/shortfall")).isEqualTo("200000.00");
        assertThat(figures.at("/revisions").asLong()).isEqualTo(1);

        Reply asOf = get("/api/v1/audit/as-of/matching?year=2023&region=330600&asOf=" + beforeReversal).expect(200);
        assertThat(asOf.text("/answer/committedByDeadline")).isEqualTo("1100000.00");
        assertThat(asOf.text("/answer/shortfall")).isEqualTo("0.00");
        assertThat(asOf.at("/answer/revisions").asLong()).isZero();
    }
}
