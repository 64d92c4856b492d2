package org.unionfund.ledger.relief.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.Require;

/**
 * Corrects a payment by reversing it whole (wrong person, wrong group, wrong amount): the ledger posting is reversed
 * and the person counts as not reached; a right payment is then a new payment.
 */
public record ReverseReliefPaymentCommand(
        @TargetAggregateIdentifier CampaignId campaignId,
        String paymentId,
        String reason,
        LocalDate effectiveDate) {

    public ReverseReliefPaymentCommand {
        Require.present(campaignId, "campaignId");
        SafeId.require(paymentId, "paymentId");
        Require.text(reason, "reason");
        Require.present(effectiveDate, "effectiveDate");
    }
}
