package org.unionfund.ledger.relief.command;

import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.relief.api.ReverseReliefPaymentCommand;

/** A payment is reversed whole and once; its reversal posting is numbered like the payment. */
final class PaymentReversing {

    private PaymentReversing() {
    }

    static ReliefPaidEvent original(ReliefCampaign campaign, ReverseReliefPaymentCommand c) {
        ReliefPaidEvent original = campaign.payment(c.paymentId());
        if (original == null) {
            throw new ReliefRuleViolation(ReliefRuleViolation.UNKNOWN_PAYMENT, "paymentId", "campaign "
                    + c.campaignId().value() + " has no payment " + c.paymentId());
        }
        if (campaign.isReversed(c.paymentId())) {
            throw new ReliefRuleViolation(ReliefRuleViolation.ALREADY_REVERSED, "paymentId", "payment "
                    + c.paymentId() + " is already reversed");
        }
        if (c.effectiveDate().getYear() != campaign.opening().year()) {
            throw new ReliefRuleViolation("invalid-date", "effectiveDate", "a reversal is booked in the campaign's"
                    + " year " + campaign.opening().year());
        }
        return original;
    }

    static PostingId reversalPostingId(ReliefPaidEvent original) {
        return new PostingId(PostingId.RELIEF_PREFIX + "reverse:" + original.number() + ":"
                + original.campaignId().value());
    }
}
