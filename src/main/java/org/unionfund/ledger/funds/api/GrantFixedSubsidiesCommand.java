package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

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
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(subsidyId, "subsidyId");
        Objects.requireNonNull(fromBodyId, "fromBodyId");
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
        grants = grants == null ? List.of() : List.copyOf(grants);
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
