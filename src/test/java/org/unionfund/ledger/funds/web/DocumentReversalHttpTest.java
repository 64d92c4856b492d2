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
        register("330000", "浙江省总工会", "PROVINCE", null);
        register("330700", "金华市总工会", "CITY", "330000").expect(201);
        register("330702", "婺城区总工会", "COUNTY", "330700").expect(201);
        fund("ZJ-2022-RECUP", 2022);
        issue("ZJ-2022-9", "浙工〔2022〕9号", "330000", "330700", """
                [{"fundId": "ZJ-2022-RECUP", "amount": "1000000.00"}]""", "2022-03-01", "2022-09-30").expect(201);
        commit("C-JH", "ZJ-2022-9", "330700", "400000.00", "2022-05-01").expect(201);
        commit("C-WC", "ZJ-2022-9", "330702", "300000.00", "2022-06-01").expect(201);
        Reply evaluated = post(LEDGER + "/allocations/ZJ-2022-9/matching/evaluation", null).expect(201);
        assertThat(evaluated.text("/event")).isEqualTo("MatchingShortfallRecordedEvent");
        awaitAll();
        long beforeReversal = eventStore.createHeadToken().position().orElseThrow();

        post(LEDGER + "/postings/ZJ-2022-9/reversals", """
                {"reversalId": "R-JH", "amount": "400000.00", "reason": "文件部分收回",
                 "effectiveDate": "2022-10-20"}""").expect(201);
        awaitAll();

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
