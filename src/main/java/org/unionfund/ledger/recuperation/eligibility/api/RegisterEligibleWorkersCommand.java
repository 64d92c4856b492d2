package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.SafeId;

/**
 * Registers how many workers of each listed category are eligible in a body's area in a year (登记应覆盖职工数). A
 * later registration of the same body, year and category replaces the count. {@code registrationId} is the client's
 * id: the same request again records nothing and returns the original result, other content under the same id is
 * refused. {@code bodyPath} is the body and its ancestors up to the root, nearest first (resolved by the web layer
 * from the body directory), so projections can roll the counts up the tree.
 */
public record RegisterEligibleWorkersCommand(
        @TargetAggregateIdentifier EligibleWorkersId registerId,
        String registrationId,
        LedgerId ledgerId,
        List<BodyId> bodyPath,
        int year,
        List<EligibleCount> counts) {

    public RegisterEligibleWorkersCommand {
        Objects.requireNonNull(registerId, "registerId");
        SafeId.require(registrationId, "registrationId");
        Objects.requireNonNull(ledgerId, "ledgerId");
        bodyPath = bodyPath == null ? List.of() : List.copyOf(bodyPath);
        counts = counts == null ? List.of() : List.copyOf(counts);
    }
}
