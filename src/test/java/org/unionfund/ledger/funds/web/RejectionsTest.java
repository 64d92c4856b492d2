package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal through HTTP is a problem+json document with the rule and the field, and writes nothing: the number
 * of commit documents in the event store is the same before and after. Ledger: Jiangsu 320000 (南京 320100 with
 * 玄武区 320102, 无锡 320200).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectionsTest extends LedgerHttpTestBase {

    @BeforeAll
    void jiangsu() {
        client();
        register("320000", "江苏省总工会", "PROVINCE", null).expect(201);
        register("320100", "南京市总工会", "CITY", "320000").expect(201);
        register("320102", "玄武区总工会", "COUNTY", "320100").expect(201);
        register("320200", "无锡市总工会", "CITY", "320000").expect(201);
        post("/api/v1/funds", """
                {"fundId": "JS-2025", "bodyId": "320000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "1000000.00", "effectiveDate": "2025-01-05",
                 "earmarks": [{"code": "NP", "amount": "400000.00",
                               "eligibility": {"ownerships": ["NON_PUBLIC"]}}]}""").expect(201);
        allocation("A-JS-1", "320000", null, "320100", "\"100000.00\"", "2025-02-01").expect(201);
        allocation("A-JS-2", "320100", null, "320102", "\"10000.00\"", "2025-02-02").expect(201);
        post("/api/v1/bodies/320102/years/2025/close", null).expect(201);
    }

    @Test
    void insufficient_funds_on_the_unrestricted_and_on_the_earmarked_line() {
        // unrestricted: 600,000 − 100,000 = 500,000 left; earmarked: 400,000, which cannot borrow.
        refused(() -> allocation("A-JS-X1", "320000", null, "320200", "\"500000.01\"", "2025-03-01"),
                422, "insufficient-funds", "amount");
        refused(() -> allocation("A-JS-X2", "320000", "\"NP\"", "320200", "\"400000.01\"", "2025-03-01"),
                422, "insufficient-funds", "amount");
    }

    @Test
    void earmark_violation_for_a_line_the_fund_does_not_have() {
        refused(() -> allocation("A-JS-X4", "320000", "\"NEW_FORM_ONLY\"", "320200", "\"1.00\"", "2025-03-01"),
                422, "earmark-violation", "earmark");
        refused(() -> post("/api/v1/funds", """
                {"fundId": "JS-2025-B", "bodyId": "320000", "year": 2025, "purpose": "OTHER", "total": "10.00",
                 "effectiveDate": "2025-01-05", "earmarks": [{"code": "NOBODY", "amount": "1.00",
                 "eligibility": {"ownerships": [], "categories": []}}]}"""),
                422, "earmark-violation", "earmarks[0].eligibility");
    }

    @Test
    void not_in_subtree_for_a_sibling_an_ancestor_and_oneself() {
        refused(() -> allocation("A-JS-X5", "320100", null, "320200", "\"1.00\"", "2025-03-01"),
                422, "not-in-subtree", "toBodyId");
        refused(() -> allocation("A-JS-X6", "320100", null, "320000", "\"1.00\"", "2025-03-01"),
                422, "not-in-subtree", "toBodyId");
        refused(() -> allocation("A-JS-X7", "320000", null, "320000", "\"1.00\"", "2025-03-01"),
                422, "not-in-subtree", "toBodyId");
    }

    @Test
    void unknown_body_fund_posting_and_ledger() {
        refused(() -> post("/api/v1/funds", """
                {"fundId": "JS-X", "bodyId": "329900", "year": 2025, "purpose": "OTHER", "total": "10.00",
                 "effectiveDate": "2025-01-05"}"""), 422, "unknown-body", "bodyId");
        refused(() -> allocation("A-JS-X8", "320000", null, "320199", "\"1.00\"", "2025-03-01"),
                422, "unknown-body", "toBodyId");
        refused(() -> register("320300", "徐州市总工会", "CITY", "329900"), 422, "unknown-body", "parentId");
        refused(() -> post("/api/v1/allocations", """
                {"allocationId": "A-JS-X9", "fromBodyId": "320000", "fundId": "NO-SUCH-FUND", "toBodyId": "320100",
                 "amount": "1.00", "effectiveDate": "2025-03-01"}"""), 422, "unknown-fund", "fundId");
        refused(() -> post("/api/v1/ledgers/320000/postings/NO-SUCH-POSTING/reversals", """
                {"reversalId": "R-JS-X1", "reason": "typo", "effectiveDate": "2025-03-01"}"""),
                422, "unknown-posting", "originalPostingId");
        refused(() -> post("/api/v1/ledgers/329900/postings/A-JS-1/reversals", """
                {"reversalId": "R-JS-X2", "reason": "typo", "effectiveDate": "2025-03-01"}"""),
                422, "unknown-body", "ledgerId");
        refused(() -> post("/api/v1/ledgers/320100/postings/A-JS-1/reversals", """
                {"reversalId": "R-JS-X3", "reason": "typo", "effectiveDate": "2025-03-01"}"""),
                422, "unknown-body", "ledgerId");
        refused(() -> post("/api/v1/bodies/329900/years/2025/close", null), 422, "unknown-body", "bodyId");
    }

    @Test
    void a_directory_entry_without_a_ledger_is_unknown_body_not_a_server_error() {
        // A body the directory knows but no ledger holds (AggregateNotFoundException inside): 422, nothing written.
        database.getCollection("body_directory").insertOne(new Document("_id", "329800").append("ledgerId", "329800")
                .append("parentId", null).append("level", "PROVINCE").append("name", "幽灵省总工会")
                .append("ancestors", List.of()));
        refused(() -> post("/api/v1/funds", """
                {"fundId": "GHOST-2025", "bodyId": "329800", "year": 2025, "purpose": "OTHER", "total": "10.00",
                 "effectiveDate": "2025-01-05"}"""), 422, "unknown-body", "bodyId");
    }

    @Test
    void year_closed_for_postings_and_for_closing_twice() {
        refused(() -> allocation("A-JS-X10", "320100", null, "320102", "\"1.00\"", "2025-06-01"),
                422, "year-closed", "effectiveDate");
        refused(() -> post("/api/v1/bodies/320102/years/2025/close", null), 422, "year-closed", "year");
        refused(() -> post("/api/v1/ledgers/320000/postings/A-JS-2/reversals", """
                {"reversalId": "R-JS-X4", "amount": "1.00", "reason": "typo", "effectiveDate": "2025-06-01"}"""),
                422, "year-closed", "originalPostingId");
    }

    @Test
    void idempotency_conflict_for_other_content_or_another_kind_of_request() {
        refused(() -> allocation("A-JS-1", "320000", null, "320100", "\"100000.01\"", "2025-02-01"),
                409, "idempotency-conflict", "allocationId");
        refused(() -> post("/api/v1/funds", """
                {"fundId": "A-JS-1", "bodyId": "320000", "year": 2025, "purpose": "OTHER", "total": "10.00",
                 "effectiveDate": "2025-01-05"}"""), 409, "idempotency-conflict", "fundId");
        refused(() -> register("320100", "南京市工会", "CITY", "320000"), 409, "duplicate-body", "bodyId");
        refused(() -> register("320100", "南京市总工会", "CITY", null), 409, "duplicate-body", "bodyId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.001\"", "\"1e3\"", "\"-5\"", "\"0\"", "\"0.00\"", "\"1,000\"", "\" 5\"", "\"\"",
            "\"01.00\"", "\"5.\"", "\"NaN\""})
    void bad_amounts_are_400_naming_the_field(String amount) {
        refused(() -> allocation("A-JS-BAD", "320000", null, "320100", amount, "2025-03-01"),
                400, "invalid-amount", "amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "1e3", "1.5", "true", "{}"})
    void an_amount_that_is_not_a_json_string_is_400(String amount) {
        refused(() -> allocation("A-JS-BAD", "320000", null, "320100", amount, "2025-03-01"),
                400, "invalid-value", "amount");
    }

    @Test
    void bad_nested_amounts_name_their_path() {
        refused(() -> post("/api/v1/funds", """
                {"fundId": "JS-X2", "bodyId": "320000", "year": 2025, "purpose": "OTHER", "total": "10.00",
                 "effectiveDate": "2025-01-05", "earmarks": [{"code": "E", "amount": "0",
                 "eligibility": {"categories": ["NEW_FORM"]}}]}"""), 400, "invalid-amount", "earmarks[0].amount");
        refused(() -> post("/api/v1/subsidies", """
                {"subsidyId": "S-JS-X", "fromBodyId": "320000", "fundId": "JS-2025", "year": 2025,
                 "effectiveDate": "2025-04-01", "grants": [{"toBodyId": "320100", "amount": "1.00"},
                                                          {"toBodyId": "320200", "amount": "2.345"}]}"""),
                400, "invalid-amount", "grants[1].amount");
    }

    @Test
    void malformed_requests_are_400() {
        refused(() -> post("/api/v1/allocations", """
                {"allocationId": "A-JS-X11", "fromBodyId": "320000", "fundId": "JS-2025", "toBodyId": "320100",
                 "amount": "1.00", "effectiveDate": "2025-03-01", "colour": "red"}"""), 400, "unknown-field", "colour");
        refused(() -> post("/api/v1/allocations", "{\"allocationId\": \"A-JS-X12\", \"amount\": "),
                400, "malformed-json", null);
        refused(() -> post("/api/v1/allocations", null), 400, "malformed-json", null);
        refused(() -> allocation("A-JS-X13", "320000", null, "320100", "\"1.00\"", "2025-02-30"),
                400, "invalid-value", "effectiveDate");
        refused(() -> allocation("A JS 14", "320000", null, "320100", "\"1.00\"", "2025-03-01"),
                400, "invalid-id", "allocationId");
        refused(() -> post("/api/v1/allocations", """
                {"fromBodyId": "320000", "fundId": "JS-2025", "toBodyId": "320100", "amount": "1.00",
                 "effectiveDate": "2025-03-01"}"""), 400, "not-null", "allocationId");
        refused(() -> post("/api/v1/allocations", """
                {"allocationId": "A-JS-X15", "fromBodyId": "320000", "toBodyId": "320100", "amount": "1.00",
                 "effectiveDate": "2025-03-01"}"""), 400, "not-null", "fundId");
        refused(() -> post("/api/v1/bodies", """
                {"bodyId": "320300", "name": "徐州市总工会", "level": "METROPOLIS", "parentId": "320000"}"""),
                400, "invalid-value", "level");
        refused(() -> post("/api/v1/bodies/320102/years/twenty/close", null), 400, "invalid-value", "year");
    }

    @Test
    void the_idempotency_key_header_must_agree_with_the_body() {
        refused(() -> post("/api/v1/allocations", """
                {"allocationId": "A-JS-X16", "fromBodyId": "320000", "fundId": "JS-2025", "toBodyId": "320100",
                 "amount": "1.00", "effectiveDate": "2025-03-01"}""", "Idempotency-Key", "A-JS-X17"),
                400, "idempotency-key-mismatch", "Idempotency-Key");
        refused(() -> post("/api/v1/allocations", """
                {"fromBodyId": "320000", "fundId": "JS-2025", "toBodyId": "320100", "amount": "1.00",
                 "effectiveDate": "2025-03-01"}""", "Idempotency-Key", "not a safe id"),
                400, "invalid-id", "Idempotency-Key");
    }

    @Test
    void reversal_and_matching_rules() {
        refused(() -> post("/api/v1/ledgers/320000/postings/A-JS-1/reversals", """
                {"reversalId": "R-JS-X5", "amount": "100000.01", "reason": "typo", "effectiveDate": "2025-03-01"}"""),
                422, "reversal-exceeds-original", "amount");
        // Nanjing passed 10,000 of the 100,000 on to Xuanwu: taking back all of it would overdraw Nanjing's line.
        refused(() -> post("/api/v1/ledgers/320000/postings/A-JS-1/reversals", """
                {"reversalId": "R-JS-X6", "reason": "all of it", "effectiveDate": "2025-03-01"}"""),
                422, "insufficient-funds", "originalPostingId");
        refused(() -> post("/api/v1/ledgers/320000/allocations/A-JS-1/matching-commitments", """
                {"commitmentId": "M-JS-X1", "amount": "1.00", "effectiveDate": "2025-03-01"}"""),
                422, "no-matching-requirement", "allocationId");
        refused(() -> post("/api/v1/allocations", """
                {"allocationId": "A-JS-X18", "fromBodyId": "320000", "fundId": "JS-2025", "toBodyId": "320200",
                 "amount": "0.03", "effectiveDate": "2025-03-01",
                 "matching": {"ratioBasisPoints": 5000, "deadline": "2025-06-30"}}"""),
                422, "invalid-amount", "matching.ratioBasisPoints");
    }

    /** Asserts the refusal and that the event store has exactly as many commits as before. */
    private void refused(Supplier<Reply> request, int status, String rule, String field) {
        long before = commits();
        request.get().problem(status, rule, field);
        assertThat(commits()).as("commits after a refused %s", rule).isEqualTo(before);
    }

    private Reply allocation(String id, String from, String earmark, String to, String amountJson, String date) {
        return post("/api/v1/allocations", """
                {"allocationId": "%s", "fromBodyId": "%s", "fundId": "JS-2025", "earmark": %s, "toBodyId": "%s",
                 "amount": %s, "effectiveDate": "%s"}"""
                .formatted(id, from, earmark == null ? "null" : earmark, to, amountJson, date));
    }
}
