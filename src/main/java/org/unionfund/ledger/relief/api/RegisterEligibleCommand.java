package org.unionfund.ledger.relief.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.Require;

/**
 * Registers how many workers of each group a body has on file for a year (the denominator of coverage). A later
 * registration of a group replaces the earlier count; {@code registrationId} makes a repeat harmless.
 */
public record RegisterEligibleCommand(@TargetAggregateIdentifier RegisterId registerId, LedgerId ledgerId,
        String registrationId, List<GroupCount> counts) {

    public RegisterEligibleCommand {
        Require.present(registerId, "registerId", ledgerId, "ledgerId");
        SafeId.require(registrationId, "registrationId");
        counts = Require.list(counts);
    }
}
