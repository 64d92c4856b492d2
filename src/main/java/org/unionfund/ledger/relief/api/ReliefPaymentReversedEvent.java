package org.unionfund.ledger.relief.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;

/** A payment was reversed by {@code reversalPostingId}, pointing at the original payment; nothing was deleted. */
@Revision("1")
public record ReliefPaymentReversedEvent(
        CampaignId campaignId,
        String paymentId,
        WorkerPseudonym person,
        String group,
        Money amount,
        String reason,
        LocalDate effectiveDate,
        PostingId reversalPostingId) {
}
