package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A corrected allocation document over HTTP: reversing part of a document whose requirement was judged SHORTFALL
 * lowers the requirement by a revision that names the document and the reversal; the current status and the
 * statistics show MET, the as-of view before the reversal still shows the shortfall. (Shares
 * {@link RegionMatchingHttpTest}'s context: its own bodies 330700/330702 and year 2022.)
 */
@TestPropertySource(properties = "ledger.matching.grace-period=1d")
class DocumentReversalHttpTest extends MatchingHttpSupport {

    @Test
    void a_partly_reversed_document_revises_its_recorded_outcome_and_the_as_of_view_keeps_the_old_one() {
        long beforeReversal = evaluated(new RegionDocument(2022, "ZJ-2022-9", "浙工〔2022〕9号", "330700", "金华市总工会",
                "330702", "婺城区总工会"), "C-JH", "400000.00", "C-WC", "300000.00", "MatchingShortfallRecordedEvent");

        reverse("ZJ-2022-9", "R-JH", "400000.00", "文件部分收回", "2022-10-20");

        Reply status = get(LEDGER + "/allocations/ZJ-2022-9/matching").expect(200);
        assertThat(status.text("/outcome")).isEqualTo("MET");
        assertThat(status.text("/required")).isEqualTo("600000.00");
        assertThat(status.text("/evaluation/required")).isEqualTo("600000.00");
        assertThat(status.text("/evaluation/committedByDeadline")).isEqualTo("700000.00");
        assertThat(status.text("/evaluation/shortfall")).isEqualTo("0.00");
        assertThat(status.at("/revisions")).hasSize(1);
        assertThat(status.text("/revisions/0/causedBy")).isEqualTo("ZJ-2022-9");
        assertThat(status.text("/revisions/0/reversedBy")).isEqualTo("R-JH");

        Reply figures = get("/api/v1/statistics/matching?year=2022&region=330700").expect(200);
        assertThat(figures.text("/required")).isEqualTo("600000.00");
        assertThat(figures.text("/shortfall")).isEqualTo("0.00");
        assertThat(figures.at("/met").asLong()).isEqualTo(1);
        assertThat(figures.at("/shortfalls").asLong()).isZero();

        Reply asOf = get("/api/v1/audit/as-of/matching?year=2022&region=330700&asOf=" + beforeReversal).expect(200);
        assertThat(asOf.text("/answer/required")).isEqualTo("1000000.00");
        assertThat(asOf.text("/answer/shortfall")).isEqualTo("300000.00");
        assertThat(asOf.at("/answer/shortfalls").asLong()).isEqualTo(1);
    }
}
