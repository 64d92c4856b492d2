package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * A repeated request writes nothing and answers 200 with exactly the first response's body (and
 * {@code Idempotent-Replayed: true}), also after the money moved on; the id may come as the
 * {@code Idempotency-Key} header instead. Ledger: Shandong 370000 (济南 370100, 历下区 370102).
 */
class IdempotentRepeatTest extends LedgerHttpTestBase {

    @Test
    void every_create_repeats_with_the_same_body_and_writes_nothing() {
        repeat(() -> register("370000", "山东省总工会", "PROVINCE", null));
        repeat(() -> register("370100", "济南市总工会", "CITY", "370000"));
        repeat(() -> post("/api/v1/bodies", """
                {"name": "历下区总工会", "level": "COUNTY", "parentId": "370100"}""", "Idempotency-Key", "370102"));
        repeat(() -> post("/api/v1/funds", """
                {"fundId": "SD-2025", "bodyId": "370000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "3000000.00", "effectiveDate": "2025-01-06",
                 "earmarks": [{"code": "NF", "amount": "1000000.00", "eligibility": {"categories": ["NEW_FORM"]}}]}"""));

        // The id only in the Idempotency-Key header; then in both places (equal).
        String allocation = """
                {"fromBodyId": "370000", "fundId": "SD-2025", "earmark": "NF", "toBodyId": "370100",
                 "amount": "800000.00", "effectiveDate": "2025-02-01",
                 "matching": {"ratioBasisPoints": 2500, "deadline": "2025-09-30"}}""";
        Reply first = repeat(() -> post("/api/v1/allocations", allocation, "Idempotency-Key", "A-SD-1"));
        assertThat(first.text("/id")).isEqualTo("A-SD-1");
        Reply withBoth = post("/api/v1/allocations", allocation.replaceFirst("\\{", "{\"allocationId\": \"A-SD-1\", "),
                "Idempotency-Key", "A-SD-1").expect(200);
        assertThat(withBoth.json()).isEqualTo(first.json());

        // The money moves on; repeating the allocation still returns its original result.
        repeat(() -> post("/api/v1/allocations", """
                {"allocationId": "A-SD-2", "fromBodyId": "370100", "fundId": "SD-2025", "earmark": "NF",
                 "toBodyId": "370102", "amount": "800000.00", "effectiveDate": "2025-02-10"}"""));
        Reply again = post("/api/v1/allocations", allocation, "Idempotency-Key", "A-SD-1").expect(200);
        assertThat(again.json()).isEqualTo(first.json());

        repeat(() -> post("/api/v1/ledgers/370000/allocations/A-SD-1/matching-commitments", """
                {"commitmentId": "M-SD-1", "amount": "200000.00", "effectiveDate": "2025-03-01"}"""));
        repeat(() -> post("/api/v1/subsidies", """
                {"subsidyId": "S-SD-1", "fromBodyId": "370000", "fundId": "SD-2025", "year": 2025,
                 "effectiveDate": "2025-03-02", "grants": [{"toBodyId": "370100", "amount": "1000.00"},
                                                          {"toBodyId": "370102", "amount": "2000.00"}]}"""));
        repeat(() -> post("/api/v1/shared-costs", """
                {"postingId": "C-SD-1", "description": "职工疗休养 历下区专场", "expenseCategory": "TRIP",
                 "effectiveDate": "2025-03-03",
                 "legs": [{"bodyId": "370102", "fundId": "SD-2025", "earmark": "NF", "amount": "5000.00"}]}"""));
        repeat(() -> post("/api/v1/ledgers/370000/postings/S-SD-1/reversals", """
                {"reversalId": "R-SD-1", "legs": [{"leg": 0, "amount": "1000.00"}, {"leg": 1, "amount": "1000.00"}],
                 "reason": "Jinan's grant was a duplicate", "effectiveDate": "2025-03-04"}"""));
        repeat(() -> post("/api/v1/standards", """
                {"standardId": "SD-CAP-2021", "regionBodyId": "370000", "kind": "DAILY_PRICE_CAP",
                 "value": {"amount": "500.00"}, "effectiveFrom": "2021-01-01"}"""));
        repeat(() -> post("/api/v1/standards", """
                {"standardId": "SD-LEN-2021", "regionBodyId": "370000", "kind": "TRIP_LENGTH_LIMIT",
                 "value": {"days": 5}, "effectiveFrom": "2021-01-01"}"""));

        long before = commits();
        post("/api/v1/standards", """
                {"standardId": "SD-CAP-2021", "regionBodyId": "370000", "kind": "DAILY_PRICE_CAP",
                 "value": {"amount": "450.00"}, "effectiveFrom": "2021-01-01"}""")
                .problem(409, "idempotency-conflict", "standardId");
        post("/api/v1/ledgers/370000/allocations/A-SD-1/matching-commitments", """
                {"commitmentId": "M-SD-1", "amount": "200000.01", "effectiveDate": "2025-03-01"}""")
                .problem(409, "idempotency-conflict", "commitmentId");
        assertThat(commits()).isEqualTo(before);

        awaitProjections();
        Reply lixia = get("/api/v1/bodies/370102/accounts?year=2025").expect(200);
        assertThat(balance(lixia, "FUND|370102|2025|SD-2025|NF|")).isEqualTo("795000.00");
        assertThat(balance(lixia, "FUND|370102|2025|SD-2025||")).isEqualTo("2000.00");
        Reply jinan = get("/api/v1/bodies/370100/accounts?year=2025").expect(200);
        assertThat(balance(jinan, "FUND|370100|2025|SD-2025||")).isEqualTo("0.00");
        assertThat(balance(lixia, "EXPENSE|370102|2025|SD-2025|NF|TRIP")).isEqualTo("5000.00");
    }

    /** Sends twice: first 201, then 200 with the same body and Location, and no new commit. */
    private Reply repeat(Supplier<Reply> request) {
        Reply first = request.get().expect(201);
        long commits = commits();
        Reply second = request.get().expect(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(second.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(commits()).as("a repeat writes nothing").isEqualTo(commits);
        return first;
    }
}
