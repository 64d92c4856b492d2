package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * A body's own money entered its own-money fund (SOURCE −amount, FUND +amount) towards matching requirements:
 * {@code counted} lists every requirement it counts for — the document it names first, then each REGION requirement
 * of the same purpose and year received by an ancestor — each on time or late by the posting's effective date.
 */
@Revision("1")
public record OwnFundsCommittedEvent(
        LedgerId ledgerId,
        CommitmentId commitmentId,
        AllocationId documentId,
        BodyId bodyId,
        FundId fundId,
        FundPurpose purpose,
        Money amount,
        List<MatchingCount> counted,
        Posting posting,
        String requestFingerprint) implements PostingEvent {
}
