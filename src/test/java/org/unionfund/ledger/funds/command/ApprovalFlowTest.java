package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.ApprovalTestData.CHAIR;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CLERK;
import static org.unionfund.ledger.funds.command.ApprovalTestData.REVIEWER;
import static org.unionfund.ledger.funds.command.ApprovalTestData.approve;
import static org.unionfund.ledger.funds.command.ApprovalTestData.by;
import static org.unionfund.ledger.funds.command.ApprovalTestData.policy;
import static org.unionfund.ledger.funds.command.ApprovalTestData.zhejiangPolicy;
import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.SPRING;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.fundLine;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.api.ProposalWithdrawnEvent;
import org.unionfund.ledger.funds.api.ProposedAct;
import org.unionfund.ledger.funds.api.RejectProposalCommand;
import org.unionfund.ledger.funds.api.WithdrawProposalCommand;

class ApprovalFlowTest {

    static final AllocateFundsCommand LARGE = allocate("A-LARGE", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(80_000));
    static final AllocateFundsCommand SMALL = allocate("A-SMALL", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(50_000));
    static final Posting LARGE_POSTING = posting("A-LARGE", SPRING,
            leg(fundLine(ZHEJIANG, 2025, NON_PUBLIC_LINE), yuan(-80_000)),
            leg(fundLine(HANGZHOU, 2025, NON_PUBLIC_LINE), yuan(80_000)));

    private final LedgerScenario ledger = zhejiangUnderPolicy();

    static LedgerScenario zhejiangUnderPolicy() {
        return new LedgerScenario().given(zhejiangTree()).given(zhejiangFund()).given(zhejiangPolicy());
    }

    static ActProposedEvent proposed(AllocateFundsCommand act, Posting preview, ApprovalStep... steps) {
        return new ActProposedEvent(ZJ_LEDGER, new ProposalId(act.allocationId().value()), ActKind.ALLOCATION,
                ProposedAct.of(act), ZHEJIANG, act.amount(), CLERK, List.of(steps), preview, Fingerprint.of(act));
    }

    @Test
    void a_body_adopts_a_dated_policy() {
        new LedgerScenario().given(zhejiangTree()).when(zhejiangPolicy())
                .expectEvents(new ApprovalPolicyAdoptedEvent(ZJ_LEDGER, ZHEJIANG, ApprovalTestData.POLICY_FROM,
                        zhejiangPolicy().rules()));
    }

    @Test
    void adopting_the_same_policy_again_records_nothing_and_says_so() {
        zhejiangUnderPolicy().when(zhejiangPolicy()).expectNoEvents().expectResultMessagePayload(
                new LedgerCommandResult("policy:" + ZHEJIANG + ":" + ApprovalTestData.POLICY_FROM,
                        "ApprovalPolicyAdoptedEvent", null));
        ApprovalRule stricter = new ApprovalRule(ActKind.ALLOCATION, null, List.of(ApprovalStep.REVIEW,
                ApprovalStep.APPROVE));
        zhejiangUnderPolicy().when(policy(ApprovalTestData.POLICY_FROM, stricter)).expectEvents(
                new ApprovalPolicyAdoptedEvent(ZJ_LEDGER, ZHEJIANG, ApprovalTestData.POLICY_FROM, List.of(stricter)));
    }

    @Test
    void an_allocation_above_the_threshold_is_proposed_for_review_and_approval_and_books_nothing() {
        ledger.when(by(CLERK, LARGE))
                .expectEvents(proposed(LARGE, LARGE_POSTING, ApprovalStep.REVIEW, ApprovalStep.APPROVE))
                .expectResultMessagePayload(new LedgerCommandResult("A-LARGE", "ActProposedEvent", null));
    }

    @Test
    void up_to_the_threshold_one_review_is_enough() {
        ledger.given(by(CLERK, SMALL), approve("A-SMALL", "R-1", REVIEWER))
                .when(by(CLERK, SMALL))
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("A-SMALL", "FundsAllocatedEvent",
                        posting("A-SMALL", SPRING, leg(fundLine(ZHEJIANG, 2025, NON_PUBLIC_LINE), yuan(-50_000)),
                                leg(fundLine(HANGZHOU, 2025, NON_PUBLIC_LINE), yuan(50_000)))));
    }

    @Test
    void the_review_alone_books_nothing() {
        ledger.given(by(CLERK, LARGE))
                .when(approve("A-LARGE", "R-1", REVIEWER))
                .expectEvents(new ProposalApprovedEvent(ZJ_LEDGER, new ProposalId("A-LARGE"), "R-1",
                        ApprovalStep.REVIEW, REVIEWER, false));
    }

    @Test
    void the_chairs_approval_books_the_allocation_in_the_same_commit_exactly_as_the_direct_path_would() {
        ledger.given(by(CLERK, LARGE), approve("A-LARGE", "R-1", REVIEWER))
                .when(approve("A-LARGE", "C-1", CHAIR))
                .expectEvents(new ProposalApprovedEvent(ZJ_LEDGER, new ProposalId("A-LARGE"), "C-1",
                        ApprovalStep.APPROVE, CHAIR, true),
                        new FundsAllocatedEvent(ZJ_LEDGER, new AllocationId("A-LARGE"), ZHEJIANG, HANGZHOU, ZJ_FUND,
                                NON_PUBLIC_LINE, yuan(80_000), null, null, LARGE_POSTING, Fingerprint.of(LARGE)))
                .expectResultMessagePayload(new LedgerCommandResult("A-LARGE", "FundsAllocatedEvent",
                        LARGE_POSTING));
    }

    @Test
    void a_retried_final_approval_books_nothing_twice() {
        ledger.given(by(CLERK, LARGE), approve("A-LARGE", "R-1", REVIEWER), approve("A-LARGE", "C-1", CHAIR))
                .when(approve("A-LARGE", "C-1", CHAIR))
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("A-LARGE", "FundsAllocatedEvent",
                        LARGE_POSTING));
    }

    @Test
    void a_repeated_proposal_request_records_nothing_and_the_same_id_with_other_content_is_refused() {
        ledger.given(by(CLERK, LARGE)).when(by(CLERK, LARGE)).expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("A-LARGE", "ActProposedEvent", null));
        zhejiangUnderPolicy().given(by(CLERK, LARGE))
                .when(by(CLERK, allocate("A-LARGE", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(90_000))))
                .expectException(violation("idempotency-conflict", "proposalId"));
    }

    @Test
    void a_reviewer_rejects_with_a_reason_and_the_proposer_withdraws() {
        ledger.given(by(CLERK, LARGE))
                .when(new RejectProposalCommand(ZJ_LEDGER, new ProposalId("A-LARGE"), REVIEWER, "缺少文号"))
                .expectEvents(new ProposalRejectedEvent(ZJ_LEDGER, new ProposalId("A-LARGE"), ApprovalStep.REVIEW,
                        REVIEWER, "缺少文号"));
        zhejiangUnderPolicy().given(by(CLERK, LARGE))
                .when(new WithdrawProposalCommand(ZJ_LEDGER, new ProposalId("A-LARGE"), CLERK, "金额有误"))
                .expectEvents(new ProposalWithdrawnEvent(ZJ_LEDGER, new ProposalId("A-LARGE"), CLERK, "金额有误"));
    }

    @Test
    void the_policy_in_force_on_the_acts_date_applies() {
        AllocateFundsCommand january = new AllocateFundsCommand(ZJ_LEDGER, new AllocationId("A-JAN"), ZHEJIANG,
                ZJ_FUND, NON_PUBLIC_LINE, HANGZHOU, yuan(80_000), LocalDate.of(2025, 1, 20), null);
        ledger.when(by(CLERK, january)).expectEvents(new FundsAllocatedEvent(ZJ_LEDGER, new AllocationId("A-JAN"),
                ZHEJIANG, HANGZHOU, ZJ_FUND, NON_PUBLIC_LINE, yuan(80_000), null, null,
                posting("A-JAN", LocalDate.of(2025, 1, 20), leg(fundLine(ZHEJIANG, 2025, NON_PUBLIC_LINE),
                        yuan(-80_000)), leg(fundLine(HANGZHOU, 2025, NON_PUBLIC_LINE), yuan(80_000))),
                Fingerprint.of(january)));
        zhejiangUnderPolicy().given(policy(LocalDate.of(2025, 3, 1), new ApprovalRule(ActKind.ALLOCATION, null, List.of())))
                .when(by(CLERK, LARGE)).expectEvents(new FundsAllocatedEvent(ZJ_LEDGER,
                        new AllocationId("A-LARGE"), ZHEJIANG, HANGZHOU, ZJ_FUND, NON_PUBLIC_LINE, yuan(80_000), null,
                        null, LARGE_POSTING, Fingerprint.of(LARGE)));
    }
}
