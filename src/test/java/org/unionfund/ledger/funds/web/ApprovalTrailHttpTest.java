package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maker-checker for auditors and readers: an allocation above the threshold moves money (balances, matching, the
 * dashboard's budget figures) only after the review and the chair's approval, and then shows who proposed, reviewed
 * and approved it in the posting view, its lineage and the event log; a policy adopted twice is recorded once; a
 * year close approved through a proposal is sealed like a direct close.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalTrailHttpTest extends ApprovalHttpSupport {

    private static final String CLERK = "t-ap2-clerk";
    private static final String REVIEWER = "t-ap2-reviewer";
    private static final String CHAIR = "t-ap2-chair";
    private static final String PROPOSALS = "/api/v1/ledgers/650000/proposals/";
    private static final String POLICY = """
            {"validFrom": "2024-01-01", "rules": [
              {"act": "ALLOCATION", "above": "50000.00", "steps": ["REVIEW", "APPROVE"]},
              {"act": "YEAR_CLOSE", "steps": ["REVIEW"]}]}""";

    @BeforeAll
    void province() {
        client();
        register("650000", "新疆维吾尔自治区总工会", "PROVINCE", null).expect(201);
        register("650100", "乌鲁木齐市总工会", "CITY", "650000").expect(201);
        post("/api/v1/funds", """
                {"fundId": "T22B-2025", "bodyId": "650000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "1000000.00", "effectiveDate": "2025-01-10"}""").expect(201);
        as(CHAIR, "/api/v1/bodies/650000/approval-policies", POLICY).expect(201);
    }

    @Test
    void adopting_the_same_policy_again_records_nothing() {
        long head = eventStore.createHeadToken().position().orElse(0);
        Reply again = as(CHAIR, "/api/v1/bodies/650000/approval-policies", POLICY).expect(200);
        assertThat(again.text("/id")).isEqualTo("policy:650000:2024-01-01");
        assertThat(eventStore.createHeadToken().position().orElse(0)).isEqualTo(head);
    }

    @Test
    void money_moves_only_after_both_approvals_and_the_booking_names_who_signed() {
        as(CLERK, "/api/v1/allocations", """
                {"allocationId": "T22B-LARGE", "fromBodyId": "650000", "fundId": "T22B-2025", "toBodyId": "650100",
                 "amount": "80000.00", "effectiveDate": "2025-03-01",
                 "matching": {"ratioBasisPoints": 10000, "deadline": "2025-06-30"}}""").expect(202);
        awaitProposals();
        assertMoneyAtTheCity(null, "0.00", "0.00");
        as(REVIEWER, PROPOSALS + "T22B-LARGE/approvals", "{}", "Idempotency-Key", "T22B-R").expect(201);
        awaitProposals();
        assertMoneyAtTheCity(null, "0.00", "0.00");
        as(CHAIR, PROPOSALS + "T22B-LARGE/approvals", "{}", "Idempotency-Key", "T22B-C").expect(201);
        awaitProposals();
        assertMoneyAtTheCity("80000.00", "80000.00", "80000.00");

        JsonNode posting = get("/api/v1/ledgers/650000/postings/T22B-LARGE").expect(200).at("/approval");
        assertSigned(posting);
        JsonNode lineage = asGet(TestUsers.AUDITOR, "/api/v1/audit/lineage/postings/650000/T22B-LARGE").json();
        assertSigned(lineage.at("/approval"));
        // the fund's establishment, booked directly, carries no trail in the upstream flows
        assertThat(lineage.at("/upstream/0/flows/0/approval").isNull()).as(lineage.toString()).isTrue();
        JsonNode log = asGet(TestUsers.AUDITOR, "/api/v1/audit/events?aggregate=650000&type=FundsAllocatedEvent")
                .json();
        assertThat(log.at("/events")).hasSize(1);
        assertSigned(log.at("/events/0/approval"));
    }

    @Test
    void a_year_close_approved_through_a_proposal_is_sealed() {
        as(CLERK, "/api/v1/bodies/650000/years/2024/close", "{}").expect(202);
        as(REVIEWER, PROPOSALS + "close:2024:650000/approvals", "{}", "Idempotency-Key", "T22B-CLOSE")
                .expect(201);
        post("/api/v1/bodies/650000/years/2024/seal", null).problem(422, "year-sealed", null);
    }

    private void assertSigned(JsonNode trail) {
        assertThat(trail.at("/proposer/name").asText()).as(trail.toString()).isEqualTo(CLERK);
        assertThat(trail.at("/proposer/at").asText()).isNotBlank();
        assertThat(trail.path("approvals").findValuesAsText("name")).containsExactly(REVIEWER, CHAIR);
        assertThat(trail.path("approvals").findValuesAsText("step")).containsExactly("REVIEW", "APPROVE");
        assertThat(trail.path("approvals").findValuesAsText("at")).allSatisfy(at -> assertThat(at).isNotBlank());
    }

    /** The city's fund balance, the matching it must provide, and what the dashboard's budget figures received. */
    private void assertMoneyAtTheCity(String balance, String required, String received) {
        assertThat(balance(get("/api/v1/bodies/650100/accounts?year=2025").expect(200), "FUND|650100|2025|T22B-2025||"))
                .isEqualTo(balance);
        Reply matching = asGet(TestUsers.AUDITOR, "/api/v1/statistics/matching?year=2025&region=650100&subtree=false");
        assertThat(matching.text("/required")).as(matching.raw()).isEqualTo(required);
        Reply budget = asGet(TestUsers.AUDITOR, "/api/v1/statistics/budgets?year=2025&region=650100&subtree=false");
        assertThat(budget.text("/totals/received")).as(budget.raw()).isEqualTo(received);
    }
}
