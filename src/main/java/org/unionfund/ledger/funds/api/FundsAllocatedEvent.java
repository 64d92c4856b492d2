package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * Money moved down the tree (sender: 补助下级支出, receiver: 上级补助收入). {@code requiredMatching} is the exact
 * own contribution the receiver owes when {@code matching} is set, otherwise null.
 */
@Revision("1")
public record FundsAllocatedEvent(
        LedgerId ledgerId,
        AllocationId allocationId,
        BodyId fromBodyId,
        BodyId toBodyId,
        FundId fundId,
        String earmark,
        Money amount,
        MatchingRequirement matching,
        Money requiredMatching,
        Posting posting,
        String requestFingerprint) implements PostingEvent {
}
