package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.unionfund.ledger.funds.scheduling.MatchingDeadlineScheduler;
import org.unionfund.ledger.platform.projection.ProcessorStatus;

/** Requests of the allocation-document and region-matching HTTP tests. */
abstract class MatchingHttpSupport extends LedgerHttpTestBase {

    static final String LEDGER = "/api/v1/ledgers/330000";

    @Autowired
    MatchingDeadlineScheduler scheduler;

    void zhejiangNingbo() {
        register("330000", "浙江省总工会", "PROVINCE", null);
        register("330200", "宁波市总工会", "CITY", "330000").expect(201);
        register("330203", "海曙区总工会", "COUNTY", "330200").expect(201);
        register("330212", "鄞州区总工会", "COUNTY", "330200").expect(201);
        fund("ZJ-2025-RECUP", 2025);
    }

    void fund(String id, int year) {
        post("/api/v1/funds", """
                {"fundId": "%s", "bodyId": "330000", "year": %d, "purpose": "RECUPERATION",
                 "total": "20000000.00", "effectiveDate": "%d-01-10",
                 "earmarks": [{"code": "NONPUB-NEWFORM", "amount": "10000000.00",
                   "eligibility": {"ownerships": ["NON_PUBLIC", "PLATFORM"], "categories": ["NEW_FORM"]}}]}"""
                .formatted(id, year, year)).expect(201);
    }

    Reply issue(String id, String number, String from, String to, String lines, boolean matching) {
        return matching ? issue(id, number, from, to, lines, "2025-03-01", "2025-09-30")
                : post("/api/v1/allocation-documents", """
                        {"documentId": "%s", "documentNumber": "%s", "title": "疗休养补助资金",
                         "documentDate": "2025-04-01", "fromBodyId": "%s", "toBodyId": "%s", "lines": %s}"""
                        .formatted(id, number, from, to, lines));
    }

    Reply issue(String id, String number, String from, String to, String lines, String date,
            String deadline) {
        return post("/api/v1/allocation-documents", """
                {"documentId": "%s", "documentNumber": "%s", "title": "关于下达职工疗休养补助资金的通知",
                 "documentDate": "%s", "fromBodyId": "%s", "toBodyId": "%s", "lines": %s,
                 "matching": {"ratioBasisPoints": 10000, "deadline": "%s"}}"""
                .formatted(id, number, date, from, to, lines, deadline));
    }

    Reply commit(String id, String document, String body, String amount, String date) {
        return post(LEDGER + "/allocation-documents/" + document + "/commitments", """
                {"commitmentId": "%s", "bodyId": "%s", "amount": "%s", "effectiveDate": "%s"}"""
                .formatted(id, body, amount, date));
    }

    /** A city of Zhejiang with one county, and an allocation document to the city in a year of their own. */
    record RegionDocument(int year, String id, String number, String city, String cityName, String county,
            String countyName) {
    }

    /**
     * Zhejiang, the document's city and county, the province's fund of the year, the document (1,000,000.00 of the
     * fund, REGION 1:1 by 09-30), the city's and the county's own money towards it (effective 05-01 and 06-01),
     * and the requirement evaluated with {@code expectedEvent}; returns the log position once every projection has
     * it (the as-of cut before what the test does next).
     */
    long evaluated(RegionDocument d, String cityCommit, String cityAmount, String countyCommit, String countyAmount,
            String expectedEvent) {
        register("330000", "浙江省总工会", "PROVINCE", null);
        register(d.city(), d.cityName(), "CITY", "330000").expect(201);
        register(d.county(), d.countyName(), "COUNTY", d.city()).expect(201);
        String fund = "ZJ-" + d.year() + "-RECUP";
        fund(fund, d.year());
        issue(d.id(), d.number(), "330000", d.city(), """
                [{"fundId": "%s", "amount": "1000000.00"}]""".formatted(fund), d.year() + "-03-01",
                d.year() + "-09-30").expect(201);
        commit(cityCommit, d.id(), d.city(), cityAmount, d.year() + "-05-01").expect(201);
        commit(countyCommit, d.id(), d.county(), countyAmount, d.year() + "-06-01").expect(201);
        Reply evaluated = post(LEDGER + "/allocations/" + d.id() + "/matching/evaluation", null).expect(201);
        assertThat(evaluated.text("/event")).isEqualTo(expectedEvent);
        awaitAll();
        return eventStore.createHeadToken().position().orElseThrow();
    }

    /** Reverses {@code amount} of a posting, effective {@code date}, and waits for the projections. */
    void reverse(String posting, String reversalId, String amount, String reason, String date) {
        post(LEDGER + "/postings/" + posting + "/reversals", """
                {"reversalId": "%s", "amount": "%s", "reason": "%s", "effectiveDate": "%s"}"""
                .formatted(reversalId, amount, reason, date)).expect(201);
        awaitAll();
    }

    /** The ledger's projections and the statistics projections have caught up with the log. */
    void awaitAll() {
        awaitProjections();
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            ProcessorStatus status = processors.status("statistics");
            return !status.segments().isEmpty() && status.position() >= head;
        });
    }
}
