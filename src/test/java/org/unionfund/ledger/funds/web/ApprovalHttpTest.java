package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestUsers;

/** Maker-checker end to end: a clerk proposes, a reviewer and the chair approve, only then the money moves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalHttpTest extends ApprovalHttpSupport {

    private static final String CLERK = "t-ap-clerk";
    private static final String REVIEWER = "t-ap-reviewer";
    private static final String REVIEWER_2 = "t-ap-reviewer2";
    private static final String CHAIR = "t-ap-chair";
    private static final String LEDGER = "/api/v1/ledgers/640000/proposals/";

    @BeforeAll
    void province() {
        client();
        register("640000", "宁夏回族自治区总工会", "PROVINCE", null).expect(201);
        register("640100", "银川市总工会", "CITY", "640000").expect(201);
        register("640200", "石嘴山市总工会", "CITY", "640000").expect(201);
        post("/api/v1/funds", """
                {"fundId": "T22-2025", "bodyId": "640000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "1000000.00", "effectiveDate": "2025-01-10"}""").expect(201);
        // booked directly before the policy (dated back to 1 February) was adopted: BEFORE_POLICY in the report
        post("/api/v1/allocations", """
                {"allocationId": "T22-EARLY", "fromBodyId": "640000", "fundId": "T22-2025", "toBodyId": "640200",
                 "amount": "70000.00", "effectiveDate": "2025-02-15"}""").expect(201);
        as(CHAIR, "/api/v1/bodies/640000/approval-policies", """
                {"validFrom": "2025-02-01", "rules": [
                  {"act": "ALLOCATION", "steps": ["REVIEW"]},
                  {"act": "ALLOCATION", "above": "50000.00", "steps": ["REVIEW", "APPROVE"]}]}""").expect(201);
    }

    private Reply propose(String id, String amount) {
        return as(CLERK, "/api/v1/allocations", """
                {"allocationId": "%s", "fromBodyId": "640000", "fundId": "T22-2025", "toBodyId": "640100",
                 "amount": "%s", "effectiveDate": "2025-03-01"}""".formatted(id, amount));
    }

    @Test
    void above_the_threshold_a_reviewer_and_the_chair_approve_and_only_then_the_money_moves() {
        Reply proposed = propose("T22-LARGE", "80000.00").expect(202);
        assertThat(proposed.text("/event")).isEqualTo("ActProposedEvent");
        assertThat(proposed.headers().getLocation()).hasToString(LEDGER + "T22-LARGE");
        awaitProposals();
        assertThat(cityFund()).isNull();
        Reply status = get(LEDGER + "T22-LARGE").expect(200);
        assertThat(status.text("/status")).isEqualTo("PENDING");
        assertThat(status.text("/nextStep")).isEqualTo("REVIEW");
        assertThat(status.text("/legs/1/amount")).isEqualTo("80000.00");
        assertThat(asGet(REVIEWER, "/api/v1/proposals/inbox").json().findValuesAsText("proposalId"))
                .contains("T22-LARGE");
        assertThat(asGet(CHAIR, "/api/v1/proposals/inbox").json().findValuesAsText("proposalId"))
                .doesNotContain("T22-LARGE");

        as(CHAIR, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "C-0").problem(403, "forbidden", null);
        as("t-ap-city-reviewer", LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "X-1")
                .problem(403, "out-of-scope", null);
        as(CLERK, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "S-1").problem(403, "forbidden", null);
        as(REVIEWER, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "R-1").expect(201);
        as(REVIEWER, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "R-1").expect(200);
        as(REVIEWER, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "R-2")
                .problem(409, "duplicate-approval", "proposalId");
        awaitProposals();
        assertThat(cityFund()).isNull();

        Reply booked = as(CHAIR, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "C-1").expect(201);
        assertThat(booked.text("/event")).isEqualTo("FundsAllocatedEvent");
        as(REVIEWER_2, LEDGER + "T22-LARGE/approvals", "{}", "Idempotency-Key", "R-3")
                .problem(422, "proposal-closed", "proposalId");
        awaitProposals();
        assertThat(cityFund()).isEqualTo("80000.00");
        Reply approved = get(LEDGER + "T22-LARGE").expect(200);
        assertThat(approved.text("/status")).isEqualTo("APPROVED");
        assertThat(approved.json().path("approvals").findValuesAsText("name")).containsExactly(REVIEWER, CHAIR);
        assertThat(approved.text("/proposer/name")).isEqualTo(CLERK);

        Reply report = asGet(TestUsers.AUDITOR, "/api/v1/ledgers/640000/approval-report");
        assertThat(report.at("/withoutApproval").asInt()).as(report.raw()).isZero();
        assertThat(report.at("/beforePolicy").asInt()).as(report.raw()).isEqualTo(1);
        assertThat(report.json().path("bookings").findValuesAsText("postingId")).contains("T22-EARLY", "T22-LARGE");
        for (var booking : report.json().path("bookings")) {
            if (booking.path("postingId").asText().equals("T22-LARGE")) {
                assertThat(booking.path("status").asText()).isEqualTo("APPROVED");
                assertThat(booking.path("approvals").findValuesAsText("name")).containsExactly(REVIEWER, CHAIR);
            }
        }
        for (var person : report.json().path("people")) {
            if (person.path("name").asText().equals(CHAIR)) {
                assertThat(person.path("approved").asInt()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void a_withdrawn_or_rejected_proposal_cannot_be_approved() {
        propose("T22-WD", "100.00").expect(202);
        as(CLERK, LEDGER + "T22-WD/withdrawal", "{\"reason\": \"金额有误\"}").expect(201);
        as(REVIEWER, LEDGER + "T22-WD/approvals", "{}", "Idempotency-Key", "R-WD")
                .problem(422, "proposal-closed", "proposalId");
        propose("T22-RJ", "100.00").expect(202);
        as(REVIEWER, LEDGER + "T22-RJ/rejections", "{}").problem(400, "not-blank", "reason");
        as(REVIEWER, LEDGER + "T22-RJ/rejections", "{\"reason\": \"缺少文号\"}").expect(201);
        as(REVIEWER_2, LEDGER + "T22-RJ/approvals", "{}", "Idempotency-Key", "R-RJ")
                .problem(422, "proposal-closed", "proposalId");
    }

    @Test
    void two_reviewers_approving_at_once_give_one_outcome_and_book_once() throws Exception {
        propose("T22-RACE", "30000.00").expect(202);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (String reviewer : List.of(REVIEWER, REVIEWER_2)) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return as(reviewer, LEDGER + "T22-RACE/approvals", "{}", "Idempotency-Key", "RACE-" + reviewer);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        } finally {
            pool.shutdownNow();
        }
        awaitProposals();
        Reply posting = get("/api/v1/ledgers/640000/postings/T22-RACE").expect(200);
        assertThat(posting.at("/posting/legs")).hasSize(2);
        assertThat(posting.text("/event")).isEqualTo("FundsAllocatedEvent");
        assertThat(get(LEDGER + "T22-RACE").expect(200).json().path("approvals")).hasSize(1);
    }

    private String cityFund() {
        return balance(get("/api/v1/bodies/640100/accounts?year=2025").expect(200), "FUND|640100|2025|T22-2025||");
    }
}
