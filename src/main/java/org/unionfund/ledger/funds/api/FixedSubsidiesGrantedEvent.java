package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.List;

import org.axonframework.serialization.Revision;

/** Fixed subsidies paid in one posting: one debit of the sender's line, one credit per receiving body. */
@Revision("1")
public record FixedSubsidiesGrantedEvent(
        LedgerId ledgerId,
        SubsidyId subsidyId,
        BodyId fromBodyId,
        FundId fundId,
        String earmark,
        int year,
        List<SubsidyGrant> grants,
        Posting posting,
        String requestFingerprint) implements PostingEvent {

    public FixedSubsidiesGrantedEvent {
        grants = List.copyOf(grants);
    }
}
