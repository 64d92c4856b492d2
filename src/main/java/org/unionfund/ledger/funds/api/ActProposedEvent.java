package org.unionfund.ledger.funds.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/**
 * A clerk (经办人) proposed a money act that the body's policy puts under approval: nothing is booked or reserved.
 * {@code steps} are the approvals the policy in force on the act's date requires; {@code preview} the posting the
 * act would have made when proposed (the rules run again at the final approval).
 */
@Revision("1")
public record ActProposedEvent(
        LedgerId ledgerId,
        ProposalId proposalId,
        ActKind kind,
        ProposedAct act,
        BodyId bodyId,
        Money amount,
        Signatory proposer,
        List<ApprovalStep> steps,
        Posting preview,
        String requestFingerprint) implements ApprovalEvent {
}
