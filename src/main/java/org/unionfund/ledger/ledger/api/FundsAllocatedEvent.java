package org.unionfund.ledger.ledger.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.shared.Money;

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
