package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Books one cost shared by several bodies, each paying its share from its own fund line, atomically. */
public record PostSharedCostCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        PostingId postingId,
        String description,
        String expenseCategory,
        LocalDate effectiveDate,
        List<SharedCostShare> legs) {

    public PostSharedCostCommand {
        Require.present(ledgerId, "ledgerId", postingId, "postingId", effectiveDate, "effectiveDate");
        Require.text(description, "description");
        SafeId.require(expenseCategory, "expenseCategory");
        legs = Require.list(legs);
    }
}
