package org.unionfund.ledger.relief.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(campaignId, "campaignId", kind, "kind", ledgerId, "ledgerId", bodyId, "bodyId");
        Require.text(name, "name");
        Require.present(periodFrom, "periodFrom", periodTo, "periodTo");
        groups = Require.list(groups);
        terms = Require.list(terms);
        budget = Require.list(budget);
        Require.present(effectiveDate, "effectiveDate");
    }
}
