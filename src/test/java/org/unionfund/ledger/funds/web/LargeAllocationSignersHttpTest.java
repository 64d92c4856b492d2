package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The yearly report's list of large allocations (大额拨付) names who proposed, reviewed and approved each one, in JSON
 * and CSV; a booking made before the policy applies is 直接入账; a report as of a basis before the approval does not
 * list the allocation still pending then.
 */
class LargeAllocationSignersHttpTest extends ApprovalHttpSupport {

    private static final String CLERK = "t-ap3-clerk";
    private static final String REVIEWER = "t-ap3-reviewer";
    private static final String CHAIR = "t-ap3-chair";
    private static final String PROPOSALS = "/api/v1/ledgers/630000/proposals/";
    private static final String REPORT = "/api/v1/reports/yearly?year=2025&body=630000";

    @Test
    void the_large_allocations_show_their_signers_at_the_reports_basis() {
        client();
        register("630000", "青海省总工会", "PROVINCE", null).expect(201);
        register("630100", "西宁市总工会", "CITY", "630000").expect(201);
        post("/api/v1/funds", """
                {"fundId": "T22C-2025", "bodyId": "630000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "1000000.00", "effectiveDate": "2025-01-10"}""").expect(201);
        post("/api/v1/allocations", """
                {"allocationId": "T22C-DIRECT", "fromBodyId": "630000", "fundId": "T22C-2025", "toBodyId": "630100",
                 "amount": "60000.00", "effectiveDate": "2025-01-20"}""").expect(201);
        as(CHAIR, "/api/v1/bodies/630000/approval-policies", """
                {"validFrom": "2025-02-01", "rules": [
                  {"act": "ALLOCATION", "above": "50000.00", "steps": ["REVIEW", "APPROVE"]}]}""").expect(201);
        as(CLERK, "/api/v1/allocations", """
                {"allocationId": "T22C-LARGE", "fromBodyId": "630000", "fundId": "T22C-2025", "toBodyId": "630100",
                 "amount": "80000.00", "effectiveDate": "2025-03-01"}""").expect(202);
        as(REVIEWER, PROPOSALS + "T22C-LARGE/approvals", "{}", "Idempotency-Key", "T22C-R").expect(201);
        awaitProposals();
        long beforeApproval = eventStore.createHeadToken().position().orElse(0);
        as(CHAIR, PROPOSALS + "T22C-LARGE/approvals", "{}", "Idempotency-Key", "T22C-C").expect(201);
        awaitProposals();

        JsonNode table = asGet(TestUsers.AUDITOR, REPORT).json().at("/tables/large_allocations");
        assertThat(table.path("columns").toString()).contains("\"经办\"", "\"审核\"", "\"审批\"");
        JsonNode rows = table.path("rows");
        assertThat(rows.findValuesAsText("postingId")).as(rows.toString()).containsExactly("T22C-DIRECT",
                "T22C-LARGE");
        JsonNode direct = rows.get(0);
        assertThat(direct.path("statusLabel").asText()).isEqualTo("直接入账");
        assertThat(direct.path("proposer").asText()).isEqualTo("—");
        JsonNode large = rows.get(1);
        assertThat(large.path("statusLabel").asText()).isEqualTo("已审批");
        assertThat(large.path("proposer").asText()).isEqualTo(CLERK);
        assertThat(large.path("reviewers").asText()).isEqualTo(REVIEWER);
        assertThat(large.path("approvers").asText()).isEqualTo(CHAIR);
        assertThat(large.path("approvedAt").asText()).matches("2\\d{3}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(table.path("total").path("postingId").asText()).isEqualTo("合计");
        assertThat(table.path("total").path("amount").asText()).isEqualTo("140000.00");

        String csv = http.get().uri(REPORT + "&format=csv&table=large_allocations").retrieve().body(String.class);
        assertThat(csv).contains("T22C-DIRECT,2025-01-20,630000,青海省总工会,60000.00,DIRECT,直接入账,—,—,—,—,—,—")
                .contains("T22C-LARGE,2025-03-01,630000,青海省总工会,80000.00,APPROVED,已审批," + CLERK);

        JsonNode earlier = asGet(TestUsers.AUDITOR, REPORT + "&asOf=" + beforeApproval).json();
        assertThat(earlier.at("/basis/sequence").asLong()).isEqualTo(beforeApproval);
        assertThat(earlier.at("/tables/large_allocations/rows").findValuesAsText("postingId"))
                .as(earlier.at("/tables").toString()).containsExactly("T22C-DIRECT");
    }
}
