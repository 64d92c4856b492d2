package org.unionfund.ledger.relief.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.kernel.Require;

/**
 * Pays 慰问金 (CASH) or gives 慰问品 (GOODS, {@code goods} says what, {@code amount} its value) to one person of a
 * group. {@code amount} null = the group's standard on {@code paidOn}. {@code fundId} null = the campaign's first
 * budget line. The person is a pseudonym: the identity number never reaches a command.
 */
public record PayReliefCommand(
        @TargetAggregateIdentifier CampaignId campaignId,
        String paymentId,
        WorkerPseudonym person,
        String group,
        ReliefForm form,
        String goods,
        Money amount,
        EmployerOwnership ownership,
        LocalDate paidOn,
        FundId fundId,
        String earmark) {

    public PayReliefCommand {
        Require.present(campaignId, "campaignId");
        SafeId.require(paymentId, "paymentId");
        Require.present(person, "person");
        SafeId.require(group, "group");
        Require.present(form, "form", ownership, "ownership", paidOn, "paidOn");
        SafeId.optional(earmark, "earmark");
    }
}
