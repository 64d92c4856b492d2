package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * The receiver of an allocation committed own money into the matching fund named after the allocation.
 * {@code late}: dated after the deadline, or committed after a shortfall was recorded.
 */
@Revision("1")
public record MatchingFundsCommittedEvent(
        LedgerId ledgerId,
        CommitmentId commitmentId,
        AllocationId allocationId,
        BodyId bodyId,
        FundId matchingFundId,
        FundPurpose purpose,
        Money amount,
        boolean late,
        Posting posting,
        String requestFingerprint) implements PostingEvent {
}
