package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(ledgerId, "ledgerId", fundId, "fundId", bodyId, "bodyId", purpose, "purpose", total, "total",
                effectiveDate, "effectiveDate");
        earmarks = Require.list(earmarks);
        // Blank = no name, so that fingerprints of requests without one stay as they were.
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
