package org.unionfund.ledger.funds.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A cost shared by several bodies: per share, FUND line −amount and EXPENSE(category) +amount. */
@Revision("1")
public record SharedCostPostedEvent(
        LedgerId ledgerId,
        PostingId postingId,
        String description,
        String expenseCategory,
        List<SharedCostShare> shares,
        Posting posting,
        String requestFingerprint) implements PostingEvent {

    public SharedCostPostedEvent {
        shares = List.copyOf(shares);
    }
}
