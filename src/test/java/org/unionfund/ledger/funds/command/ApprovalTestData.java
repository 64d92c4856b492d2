package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.AdoptApprovalPolicyCommand;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.ApproveProposalCommand;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.kernel.BodyId;

/** Zhejiang's approval policy and its people: a clerk (经办), a reviewer (审核) and the chair (审批). */
final class ApprovalTestData {

    static final LocalDate POLICY_FROM = LocalDate.of(2025, 2, 1);
    static final Signatory CLERK = new Signatory("zj-clerk", "CLERK", ZHEJIANG);
    static final Signatory REVIEWER = new Signatory("zj-reviewer", "REVIEWER", ZHEJIANG);
    static final Signatory SECOND_REVIEWER = new Signatory("zj-reviewer-2", "REVIEWER", ZHEJIANG);
    static final Signatory CHAIR = new Signatory("zj-chair", "APPROVER", ZHEJIANG);
    static final Signatory HANGZHOU_REVIEWER = new Signatory("hz-reviewer", "REVIEWER", new BodyId("330100"));

    private ApprovalTestData() {
    }

    /** Allocations up to 50,000 yuan: one review; above: review and the chair's approval. */
    static AdoptApprovalPolicyCommand zhejiangPolicy() {
        return policy(POLICY_FROM, new ApprovalRule(ActKind.ALLOCATION, null, List.of(ApprovalStep.REVIEW)),
                new ApprovalRule(ActKind.ALLOCATION, yuan(50_000), List.of(ApprovalStep.REVIEW, ApprovalStep.APPROVE)));
    }

    static AdoptApprovalPolicyCommand policy(LocalDate from, ApprovalRule... rules) {
        return new AdoptApprovalPolicyCommand(ZJ_LEDGER, ZHEJIANG, from, List.of(rules));
    }

    /** A command as sent by {@code who} (the metadata every request carries). */
    static CommandMessage<Object> by(Signatory who, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of("principal", who.name(),
                "role", who.role(), "body", who.body().value()));
    }

    static ApproveProposalCommand approve(String proposal, String approvalId, Signatory who) {
        return new ApproveProposalCommand(ZJ_LEDGER, new ProposalId(proposal), approvalId, who);
    }
}
