package org.unionfund.ledger.relief.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.SafeId;

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
        Objects.requireNonNull(campaignId, "campaignId");
        SafeId.require(paymentId, "paymentId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
