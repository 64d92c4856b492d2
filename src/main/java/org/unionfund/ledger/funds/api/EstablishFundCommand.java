package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;

/**
 * Sets up a programme fund of a body for a year from the body's own budget, with its earmarked lines.
 * {@code name} is the optional display name (e.g. 省总本级职工疗休养资金).
 */
public record EstablishFundCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        FundId fundId,
        BodyId bodyId,
        int year,
        FundPurpose purpose,
        Money total,
        List<Earmark> earmarks,
        LocalDate effectiveDate,
        String name) {

    /** Without a display name (the fund is then shown by a derived name). */
    public EstablishFundCommand(LedgerId ledgerId, FundId fundId, BodyId bodyId, int year, FundPurpose purpose,
            Money total, List<Earmark> earmarks, LocalDate effectiveDate) {
        this(ledgerId, fundId, bodyId, year, purpose, total, earmarks, effectiveDate, null);
    }

    public EstablishFundCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(total, "total");
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        // Blank = no name, so that fingerprints of requests without one stay as they were.
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
