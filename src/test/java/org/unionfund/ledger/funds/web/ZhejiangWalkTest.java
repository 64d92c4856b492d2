package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.scheduling.MatchingDeadlineScheduler;
import org.unionfund.ledger.funds.scheduling.MatchingDeadlineScheduler.Outcome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Zhejiang 2025 over HTTP, from the seed reports: province → Hangzhou → Gongshu; the daily price cap 400 from 2015
 * and 600 from 2020; the 20,000,000 fund with 10,000,000 earmarked for non-public and new-form workers; an
 * allocation from the earmark to Hangzhou to be matched 1:1 by 30 June, passed on to Gongshu (2,546,000, the
 * district's 2025 figure); matching committed on time and late; the deadline scheduler; every balance to the fen.
 */
class ZhejiangWalkTest extends LedgerHttpTestBase {

    private static final String FUND = "ZJ-2025-RECUP";
    private static final String EARMARK = "NONPUB-NEWFORM";
    private static final String ZJ_HZ = "A-2025-330000-330100";
    private static final String ZJ_HZ_GENERAL = "A-2025-330000-330100-GEN";
    private static final String HZ_GS = "A-2025-330100-330105";

    @Autowired
    MatchingDeadlineScheduler scheduler;

    @Test
    void zhejiang_2025_from_registration_to_trial_balance() {
        // 1. The union tree; the directory answers for the next request at once.
        register("330000", "浙江省总工会", "PROVINCE", null).expect(201);
        Reply hangzhou = register("330100", "杭州市总工会", "CITY", "330000").expect(201);
        assertThat(hangzhou.headers().getLocation()).hasToString("/api/v1/bodies/330100");
        assertThat(hangzhou.text("/ledgerId")).isEqualTo("330000");
        register("330105", "拱墅区总工会", "COUNTY", "330100").expect(201);

        Reply gongshu = get("/api/v1/bodies/330105").expect(200);
        assertThat(gongshu.text("/ledgerId")).isEqualTo("330000");
        assertThat(gongshu.text("/parentId")).isEqualTo("330100");
        assertThat(gongshu.text("/level")).isEqualTo("COUNTY");
        assertThat(gongshu.text("/name")).isEqualTo("拱墅区总工会");
        assertThat(texts(gongshu.at("/ancestors"))).containsExactly("330000", "330100");
        assertThat(texts(get("/api/v1/bodies/330100/children").expect(200).json().findValues("bodyId")))
                .containsExactly("330105");
        get("/api/v1/bodies/330199").problem(404, "not-found", "bodyId");

        // 2. Standards: 400 from 2015, 600 from 2020; Gongshu's own stricter cap from 2024.
        postStandard("ZJ-CAP-2015", "330000", "400.00", "2015-01-01").expect(201);
        Reply cap2020 = postStandard("ZJ-CAP-2020", "330000", "600.00", "2020-01-01").expect(201);
        assertThat(cap2020.headers().getLocation()).hasToString("/api/v1/standards/330000:DAILY_PRICE_CAP");
        assertThat(cap2020.text("/standard/amount")).isEqualTo("600.00");
        postStandard("GS-CAP-2024", "330105", "550.00", "2024-01-01").expect(201);
        awaitProjections();
        Reply in2019 = get("/api/v1/standards/in-force?region=330105&kind=DAILY_PRICE_CAP&date=2019-06-01")
                .expect(200);
        assertThat(in2019.text("/standard/amount")).isEqualTo("400.00");
        assertThat(in2019.text("/definedBy")).isEqualTo("330000");
        Reply hz2025 = get("/api/v1/standards/in-force?region=330100&kind=DAILY_PRICE_CAP&date=2025-05-01");
        assertThat(hz2025.expect(200).text("/standard/amount")).isEqualTo("600.00");
        assertThat(hz2025.text("/standard/standardId")).isEqualTo("ZJ-CAP-2020");
        Reply gs2025 = get("/api/v1/standards/in-force?region=330105&kind=DAILY_PRICE_CAP&date=2025-05-01");
        assertThat(gs2025.expect(200).text("/standard/amount")).isEqualTo("550.00");
        assertThat(gs2025.text("/definedBy")).isEqualTo("330105");
        get("/api/v1/standards/in-force?region=330105&kind=DAILY_PRICE_CAP&date=2014-12-31")
                .problem(404, "not-found", "date");
        assertThat(get("/api/v1/standards/330000:DAILY_PRICE_CAP").expect(200).json().findValuesAsText("amount"))
                .containsExactly("400.00", "600.00");

        // 3. The 2025 fund: 20,000,000, of which 10,000,000 for non-public / platform employers and new-form workers.
        Reply fund = post("/api/v1/funds", """
                {"fundId": "ZJ-2025-RECUP", "bodyId": "330000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "20000000.00", "effectiveDate": "2025-01-10",
                 "earmarks": [{"code": "NONPUB-NEWFORM", "amount": "10000000.00",
                               "eligibility": {"ownerships": ["NON_PUBLIC", "PLATFORM"], "categories": ["NEW_FORM"]}}]}
                """).expect(201);
        assertThat(fund.headers().getLocation()).hasToString("/api/v1/ledgers/330000/postings/ZJ-2025-RECUP");
        assertThat(fund.text("/event")).isEqualTo("FundEstablishedEvent");
        assertThat(legs(fund)).containsExactly(
                Map.entry("SOURCE|330000|2025|||", "-20000000.00"),
                Map.entry("FUND|330000|2025|ZJ-2025-RECUP||", "10000000.00"),
                Map.entry("FUND|330000|2025|ZJ-2025-RECUP|NONPUB-NEWFORM|", "10000000.00"));

        // 4. Down the tree: from the earmark to Hangzhou, matched 1:1 by 30 June; the unrestricted line, 50%.
        Reply toHangzhou = allocate(ZJ_HZ, "330000", EARMARK, "330100", "4000000.00", "2025-03-01",
                "{\"ratioBasisPoints\": 10000, \"deadline\": \"2025-06-30\"}").expect(201);
        assertThat(legs(toHangzhou)).containsExactly(
                Map.entry("FUND|330000|2025|ZJ-2025-RECUP|NONPUB-NEWFORM|", "-4000000.00"),
                Map.entry("FUND|330100|2025|ZJ-2025-RECUP|NONPUB-NEWFORM|", "4000000.00"));
        allocate(ZJ_HZ_GENERAL, "330000", null, "330100", "2000000.00", "2025-03-01",
                "{\"ratioBasisPoints\": 5000, \"deadline\": \"2025-06-30\"}").expect(201);
        allocate(HZ_GS, "330100", EARMARK, "330105", "2546000.00", "2025-04-01", null).expect(201);

        // A mistaken allocation straight to Gongshu, reversed in full.
        allocate("A-ZJ-GS-WRONG", "330000", null, "330105", "100000.00", "2025-05-01", null).expect(201);
        Reply reversal = post("/api/v1/ledgers/330000/postings/A-ZJ-GS-WRONG/reversals", """
                {"reversalId": "R-ZJ-GS-WRONG", "reason": "should have gone through Hangzhou",
                 "effectiveDate": "2025-05-02"}""").expect(201);
        assertThat(reversal.text("/event")).isEqualTo("PostingReversedEvent");
        assertThat(legs(reversal)).containsExactly(
                Map.entry("FUND|330000|2025|ZJ-2025-RECUP||", "100000.00"),
                Map.entry("FUND|330105|2025|ZJ-2025-RECUP||", "-100000.00"));

        // 5. Hangzhou matches: 3,000,000 of the 4,000,000 on time; the general allocation's 1,000,000 in full.
        commit(ZJ_HZ, "M-330100-2025-1", "3000000.00", "2025-06-20").expect(201);
        commit(ZJ_HZ_GENERAL, "M-330100-2025-GEN-1", "1000000.00", "2025-06-25").expect(201);
        awaitProjections();
        Reply open = get("/api/v1/ledgers/330000/allocations/" + ZJ_HZ + "/matching").expect(200);
        assertThat(open.text("/outcome")).isEqualTo("OPEN");
        assertThat(open.text("/required")).isEqualTo("4000000.00");
        assertThat(open.text("/committedOnTime")).isEqualTo("3000000.00");

        // 6. The deadline scheduler: nothing is due until 30 June has ended in Beijing time.
        // (Other test classes share the store: only this ledger's requirements are looked at.)
        assertThat(zhejiang(scheduler.evaluateDue(Instant.parse("2025-06-30T15:59:59Z")))).isEmpty();
        var evaluations = zhejiang(scheduler.evaluateDue(Instant.parse("2025-06-30T16:00:00Z")));
        assertThat(evaluations).extracting(e -> e.allocationId() + "=" + e.outcome())
                .containsExactlyInAnyOrder(ZJ_HZ + "=" + Outcome.SHORTFALL, ZJ_HZ_GENERAL + "=" + Outcome.MET);
        awaitProjections();
        assertThat(zhejiang(scheduler.evaluateDue(Instant.parse("2025-07-02T00:00:00Z")))).isEmpty();

        // 7. A late commitment counts as late, the shortfall stands.
        Reply late = commit(ZJ_HZ, "M-330100-2025-2", "1000000.00", "2025-07-05").expect(201);
        assertThat(legs(late)).containsExactly(
                Map.entry("SOURCE|330100|2025|||", "-1000000.00"),
                Map.entry("FUND|330100|2025|" + ZJ_HZ + "||", "1000000.00"));
        awaitProjections();
        Reply shortfall = get("/api/v1/ledgers/330000/allocations/" + ZJ_HZ + "/matching").expect(200);
        assertThat(shortfall.text("/outcome")).isEqualTo("SHORTFALL");
        assertThat(shortfall.text("/required")).isEqualTo("4000000.00");
        assertThat(shortfall.text("/committedOnTime")).isEqualTo("3000000.00");
        assertThat(shortfall.text("/committedLate")).isEqualTo("1000000.00");
        assertThat(shortfall.text("/evaluation/committedByDeadline")).isEqualTo("3000000.00");
        assertThat(shortfall.text("/evaluation/shortfall")).isEqualTo("1000000.00");
        assertThat(shortfall.text("/evaluation/evaluatedAt")).isEqualTo("2025-06-30T16:00:00Z");
        assertThat(shortfall.json().findValuesAsText("late")).containsExactly("false", "true");
        Reply met = get("/api/v1/ledgers/330000/allocations/" + ZJ_HZ_GENERAL + "/matching").expect(200);
        assertThat(met.text("/outcome")).isEqualTo("MET");
        assertThat(met.text("/required")).isEqualTo("1000000.00");
        assertThat(met.text("/evaluation/shortfall")).isEqualTo("0.00");
        get("/api/v1/ledgers/330000/allocations/" + HZ_GS + "/matching").problem(404, "not-found", "allocationId");

        // The shortfall is in the event log for everyone (auditors replay it).
        List<Object> payloads = new ArrayList<>();
        eventStore.readEvents("330000", 0).asStream().map(DomainEventMessage::getPayload).forEach(payloads::add);
        assertThat(payloads).filteredOn(MatchingShortfallRecordedEvent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((MatchingShortfallRecordedEvent) e).shortfall().toYuanString())
                        .isEqualTo("1000000.00"));

        // 8. Every account to the fen.
        Map<String, String> province = accounts("330000", 2025);
        assertThat(province).containsExactly(
                Map.entry("SOURCE|330000|2025|||", "-20000000.00"),
                Map.entry("FUND|330000|2025|ZJ-2025-RECUP||", "8000000.00"),
                Map.entry("FUND|330000|2025|ZJ-2025-RECUP|NONPUB-NEWFORM|", "6000000.00"));
        assertThat(accounts("330100", 2025)).containsExactly(
                Map.entry("SOURCE|330100|2025|||", "-5000000.00"),
                Map.entry("FUND|330100|2025|" + ZJ_HZ + "||", "4000000.00"),
                Map.entry("FUND|330100|2025|" + ZJ_HZ_GENERAL + "||", "1000000.00"),
                Map.entry("FUND|330100|2025|ZJ-2025-RECUP||", "2000000.00"),
                Map.entry("FUND|330100|2025|ZJ-2025-RECUP|NONPUB-NEWFORM|", "1454000.00"));
        assertThat(accounts("330105", 2025)).containsExactly(
                Map.entry("FUND|330105|2025|ZJ-2025-RECUP||", "0.00"),
                Map.entry("FUND|330105|2025|ZJ-2025-RECUP|NONPUB-NEWFORM|", "2546000.00"));
        assertThat(get("/api/v1/ledgers/330000/postings/A-ZJ-GS-WRONG").expect(200).at("/reversedBy"))
                .extracting(JsonNode::asText).containsExactly("R-ZJ-GS-WRONG");

        // 9. Trial balance: SOURCE = −FUND, all legs sum to zero.
        Reply trial = get("/api/v1/ledgers/330000/trial-balance?year=2025").expect(200);
        assertThat(kindTotals(trial)).containsEntry("SOURCE", "-25000000.00").containsEntry("FUND", "25000000.00")
                .containsEntry("EXPENSE", "0.00");
        assertThat(trial.text("/net")).isEqualTo("0.00");
        assertThat(trial.at("/balanced").asBoolean()).isTrue();
        assertThat(trial.text("/allYearsNet")).isEqualTo("0.00");

        // 10. Gongshu closes 2025: the earmarked money carries into 2026 with its earmark; 2025 is shut.
        Reply close = post("/api/v1/bodies/330105/years/2025/close", "{\"effectiveDate\": \"2025-12-31\"}")
                .expect(201);
        assertThat(close.text("/id")).isEqualTo("close:2025:330105");
        assertThat(close.headers().getLocation())
                .hasToString("/api/v1/ledgers/330000/postings/close:2025:330105");
        long before = commits();
        allocate("A-HZ-GS-LATE", "330100", EARMARK, "330105", "1000.00", "2025-12-31", null)
                .problem(422, "year-closed", "effectiveDate");
        assertThat(commits()).isEqualTo(before);
        awaitProjections();
        assertThat(accounts("330105", 2026)).containsExactly(
                Map.entry("FUND|330105|2026|ZJ-2025-RECUP|NONPUB-NEWFORM|", "2546000.00"));
        Reply trial2025 = get("/api/v1/ledgers/330000/trial-balance?year=2025").expect(200);
        assertThat(trial2025.text("/net")).isEqualTo("-2546000.00");
        assertThat(trial2025.text("/carriedOut")).isEqualTo("2546000.00");
        assertThat(trial2025.at("/balanced").asBoolean()).isTrue();
        Reply trial2026 = get("/api/v1/ledgers/330000/trial-balance?year=2026").expect(200);
        assertThat(trial2026.text("/carriedIn")).isEqualTo("2546000.00");
        assertThat(trial2026.at("/balanced").asBoolean()).isTrue();
        assertThat(trial2026.text("/allYearsNet")).isEqualTo("0.00");
    }

    private static List<MatchingDeadlineScheduler.Evaluation> zhejiang(
            List<MatchingDeadlineScheduler.Evaluation> evaluations) {
        return evaluations.stream().filter(e -> e.ledgerId().equals("330000")).toList();
    }

    private Reply postStandard(String id, String region, String amount, String from) {
        return post("/api/v1/standards", """
                {"standardId": "%s", "regionBodyId": "%s", "kind": "DAILY_PRICE_CAP", "value": {"amount": "%s"},
                 "effectiveFrom": "%s"}""".formatted(id, region, amount, from));
    }

    private Reply allocate(String id, String from, String earmark, String to, String amount, String date,
            String matching) {
        return post("/api/v1/allocations", """
                {"allocationId": "%s", "fromBodyId": "%s", "fundId": "%s", "earmark": %s, "toBodyId": "%s",
                 "amount": "%s", "effectiveDate": "%s", "matching": %s}"""
                .formatted(id, from, FUND, earmark == null ? "null" : "\"" + earmark + "\"", to, amount, date,
                        matching == null ? "null" : matching));
    }

    private Reply commit(String allocation, String id, String amount, String date) {
        return post("/api/v1/ledgers/330000/allocations/" + allocation + "/matching-commitments", """
                {"commitmentId": "%s", "amount": "%s", "effectiveDate": "%s"}""".formatted(id, amount, date));
    }

    /** Account key → balance of a body's accounts of a year, in the API's order. */
    Map<String, String> accounts(String body, int year) {
        Reply reply = get("/api/v1/bodies/" + body + "/accounts?year=" + year).expect(200);
        Map<String, String> balances = new LinkedHashMap<>();
        for (JsonNode account : reply.at("/accounts")) {
            balances.put(account.at("/account/key").asText(), account.path("balance").asText());
        }
        return balances;
    }

    static Map<String, String> legs(Reply reply) {
        Map<String, String> legs = new LinkedHashMap<>();
        for (JsonNode leg : reply.at("/posting/legs")) {
            legs.put(leg.at("/account/key").asText(), leg.path("amount").asText());
        }
        return legs;
    }

    static Map<String, String> kindTotals(Reply trial) {
        Map<String, String> totals = new LinkedHashMap<>();
        for (JsonNode kind : trial.at("/kinds")) {
            totals.put(kind.path("kind").asText(), kind.path("total").asText());
        }
        return totals;
    }

    static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
