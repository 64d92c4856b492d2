package org.unionfund.ledger.relief.api;

import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.SafeId;

/**
 * Registers how many workers of each group a body has on file for a year (the denominator of coverage). A later
 * registration of a group replaces the earlier count; {@code registrationId} makes a repeat harmless.
 */
public record RegisterEligibleCommand(@TargetAggregateIdentifier RegisterId registerId, LedgerId ledgerId,
        String registrationId, List<GroupCount> counts) {

    public RegisterEligibleCommand {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(ledgerId, "ledgerId");
        SafeId.require(registrationId, "registrationId");
        counts = counts == null ? List.of() : List.copyOf(counts);
    }
}
