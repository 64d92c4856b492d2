package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Pays fixed subsidies (定额补助) from one fund line to several bodies of the subtree in one posting. */
public record GrantFixedSubsidiesCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        SubsidyId subsidyId,
        BodyId fromBodyId,
        FundId fundId,
        String earmark,
        int year,
        List<SubsidyGrant> grants,
        LocalDate effectiveDate) {

    public GrantFixedSubsidiesCommand {
        Require.present(ledgerId, "ledgerId", subsidyId, "subsidyId", fromBodyId, "fromBodyId", fundId, "fundId",
                effectiveDate, "effectiveDate");
        SafeId.optional(earmark, "earmark");
        grants = Require.list(grants);
    }
}
