package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Books one cost shared by several bodies, each paying its share from its own fund line, atomically. */
public record PostSharedCostCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        PostingId postingId,
        String description,
        String expenseCategory,
        LocalDate effectiveDate,
        List<SharedCostShare> legs) {

    public PostSharedCostCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(postingId, "postingId");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        SafeId.require(expenseCategory, "expenseCategory");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        legs = legs == null ? List.of() : List.copyOf(legs);
    }
}
