package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(registerId, "registerId", ledgerId, "ledgerId");
        SafeId.require(registrationId, "registrationId");
        bodyPath = Require.list(bodyPath);
        counts = Require.list(counts);
    }
}
