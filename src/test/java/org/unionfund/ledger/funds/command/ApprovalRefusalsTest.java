package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.ApprovalFlowTest.LARGE;
import static org.unionfund.ledger.funds.command.ApprovalFlowTest.zhejiangUnderPolicy;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CHAIR;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CLERK;
import static org.unionfund.ledger.funds.command.ApprovalTestData.HANGZHOU_REVIEWER;
import static org.unionfund.ledger.funds.command.ApprovalTestData.REVIEWER;
import static org.unionfund.ledger.funds.command.ApprovalTestData.SECOND_REVIEWER;
import static org.unionfund.ledger.funds.command.ApprovalTestData.approve;
import static org.unionfund.ledger.funds.command.ApprovalTestData.by;
import static org.unionfund.ledger.funds.command.ApprovalTestData.policy;
import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.RejectProposalCommand;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.funds.api.WithdrawProposalCommand;

class ApprovalRefusalsTest {

    private static final ProposalId PROPOSAL = new ProposalId("A-LARGE");

    @Test
    void nobody_approves_their_own_proposal() {
        Signatory reviewerProposing = new Signatory(REVIEWER.name(), "CLERK", ZHEJIANG);
        zhejiangUnderPolicy().given(by(reviewerProposing, LARGE))
                .when(approve("A-LARGE", "R-1", REVIEWER))
                .expectException(violation("self-approval", "proposalId")).expectNoEvents();
    }

    @Test
    void one_person_cannot_give_two_of_the_approvals() {
        zhejiangUnderPolicy().given(policy(LocalDate.of(2025, 2, 15), new ApprovalRule(ActKind.ALLOCATION, null,
                        List.of(ApprovalStep.REVIEW, ApprovalStep.REVIEW))))
                .given(by(CLERK, LARGE), approve("A-LARGE", "R-1", REVIEWER))
                .when(approve("A-LARGE", "R-2", REVIEWER))
                .expectException(violation("duplicate-approval", "proposalId")).expectNoEvents();
    }

    @Test
    void two_reviewers_satisfy_a_policy_asking_for_two_reviews() {
        zhejiangUnderPolicy().given(policy(LocalDate.of(2025, 2, 15), new ApprovalRule(ActKind.ALLOCATION, null,
                        List.of(ApprovalStep.REVIEW, ApprovalStep.REVIEW))))
                .given(by(CLERK, LARGE), approve("A-LARGE", "R-1", REVIEWER))
                .when(approve("A-LARGE", "R-2", SECOND_REVIEWER))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("FundsAllocatedEvent")));
    }

    @Test
    void the_chair_cannot_give_the_review_step() {
        zhejiangUnderPolicy().given(by(CLERK, LARGE))
                .when(approve("A-LARGE", "C-1", CHAIR))
                .expectException(violation("forbidden", "proposalId")).expectNoEvents();
    }

    @Test
    void a_reviewer_of_another_body_is_out_of_scope() {
        zhejiangUnderPolicy().given(by(CLERK, LARGE))
                .when(approve("A-LARGE", "R-1", HANGZHOU_REVIEWER))
                .expectException(violation("out-of-scope", "proposalId")).expectNoEvents();
    }

    @Test
    void a_withdrawn_proposal_cannot_be_approved() {
        zhejiangUnderPolicy().given(by(CLERK, LARGE), new WithdrawProposalCommand(ZJ_LEDGER, PROPOSAL, CLERK, null))
                .when(approve("A-LARGE", "R-1", REVIEWER))
                .expectException(violation("proposal-closed", "proposalId")).expectNoEvents();
    }

    @Test
    void a_rejected_proposal_cannot_be_approved() {
        zhejiangUnderPolicy().given(by(CLERK, LARGE), new RejectProposalCommand(ZJ_LEDGER, PROPOSAL, REVIEWER, "重复"))
                .when(approve("A-LARGE", "R-2", SECOND_REVIEWER))
                .expectException(violation("proposal-closed", "proposalId")).expectNoEvents();
    }

    @Test
    void an_approved_proposal_cannot_be_approved_again_by_someone_else() {
        zhejiangUnderPolicy().given(by(CLERK, LARGE), approve("A-LARGE", "R-1", REVIEWER),
                        approve("A-LARGE", "C-1", CHAIR))
                .when(approve("A-LARGE", "R-2", SECOND_REVIEWER))
                .expectException(violation("proposal-closed", "proposalId")).expectNoEvents();
    }

    @Test
    void only_the_proposer_withdraws() {
        zhejiangUnderPolicy().given(by(CLERK, LARGE))
                .when(new WithdrawProposalCommand(ZJ_LEDGER, PROPOSAL, REVIEWER, null))
                .expectException(violation("forbidden", "proposalId")).expectNoEvents();
    }

    @Test
    void an_unknown_proposal_is_refused() {
        zhejiangUnderPolicy().when(approve("A-NONE", "R-1", REVIEWER))
                .expectException(violation("unknown-proposal", "proposalId")).expectNoEvents();
    }

    @Test
    void the_final_approval_is_refused_with_the_rule_when_the_money_is_no_longer_there() {
        // two proposals of 6,000,000 each from the 10,000,000 earmarked line: each fits alone, not both
        zhejiangUnderPolicy()
                .given(by(CLERK, allocate("A-1", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(6_000_000))),
                        by(CLERK, allocate("A-2", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(6_000_000))),
                        approve("A-1", "R-1", REVIEWER), approve("A-1", "C-1", CHAIR), approve("A-2", "R-2", REVIEWER))
                .when(approve("A-2", "C-2", CHAIR))
                .expectException(violation("insufficient-funds", "amount")).expectNoEvents();
    }

    @Test
    void a_proposal_is_refused_by_the_same_rules_as_a_direct_booking() {
        zhejiangUnderPolicy().when(by(CLERK, allocate("A-BIG", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU,
                        yuan(10_000_001))))
                .expectException(violation("insufficient-funds", "amount")).expectNoEvents();
    }

    @Test
    void a_policy_with_two_rules_for_the_same_threshold_is_refused() {
        zhejiangUnderPolicy().when(policy(LocalDate.of(2025, 5, 1),
                        new ApprovalRule(ActKind.ALLOCATION, yuan(1), List.of(ApprovalStep.REVIEW)),
                        new ApprovalRule(ActKind.ALLOCATION, yuan(1), List.of(ApprovalStep.APPROVE))))
                .expectException(violation("invalid-policy", "rules[1]")).expectNoEvents();
    }
}
