package org.unionfund.ledger.relief.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;

/**
 * Opens a relief campaign of a body (送温暖/帮扶) and, in the same unit of work, moves its budget from the body's fund
 * lines to the campaign's PROGRAMME lines in the ledger. {@code groups} is the campaign's catalogue of eligible
 * groups, {@code terms} the standard or cap per group (versioned by date), {@code paymentsPerPerson} how often one
 * person may receive within the campaign (1 = once per campaign). A SCREENING names its {@code places} and no terms:
 * each group's standard is the budget ÷ places, in whole fen rounded down (the remainder stays unspent in the budget).
 */
public record OpenCampaignCommand(
        @TargetAggregateIdentifier CampaignId campaignId,
        ReliefKind kind,
        LedgerId ledgerId,
        BodyId bodyId,
        int year,
        String name,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<ReliefGroup> groups,
        List<GroupTerm> terms,
        int paymentsPerPerson,
        Integer places,
        List<ProgrammeBudgetLine> budget,
        LocalDate effectiveDate) {

    public OpenCampaignCommand {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(bodyId, "bodyId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        groups = groups == null ? List.of() : List.copyOf(groups);
        terms = terms == null ? List.of() : List.copyOf(terms);
        budget = budget == null ? List.of() : List.copyOf(budget);
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
