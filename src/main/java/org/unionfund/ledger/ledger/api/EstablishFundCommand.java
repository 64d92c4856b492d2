package org.unionfund.ledger.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.shared.Money;

/** Sets up a programme fund of a body for a year from the body's own budget, with its earmarked lines. */
public record EstablishFundCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        FundId fundId,
        BodyId bodyId,
        int year,
        FundPurpose purpose,
        Money total,
        List<Earmark> earmarks,
        LocalDate effectiveDate) {

    public EstablishFundCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(total, "total");
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
