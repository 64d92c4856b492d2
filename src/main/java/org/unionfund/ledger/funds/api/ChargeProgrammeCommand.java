package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/**
 * Books what participants of a settled trip cost, all in one posting: per programme line PROGRAMME −sum and
 * EXPENSE(category {@code expenseCategory}) +sum. Each charge must fit the earmark of its line
 * ({@code earmark-violation}) and no programme line may go below zero ({@code insufficient-funds}). Sent by the
 * trip handlers in the same unit of work as the trip's settlement; {@code correctsPostingId} names the original
 * posting when this is the new posting of a re-charge. {@code postingId} may be up to 80 characters.
 */
public record ChargeProgrammeCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        PostingId postingId,
        String programme,
        BodyId bodyId,
        int year,
        String expenseCategory,
        List<ProgrammeCharge> charges,
        LocalDate effectiveDate,
        PostingId correctsPostingId) {

    public ChargeProgrammeCommand {
        Require.present(ledgerId, "ledgerId", postingId, "postingId", bodyId, "bodyId", effectiveDate, "effectiveDate");
        SafeId.require(programme, "programme");
        SafeId.require(expenseCategory, "expenseCategory");
        charges = Require.list(charges);
    }
}
