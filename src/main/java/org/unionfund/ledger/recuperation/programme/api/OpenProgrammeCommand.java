package org.unionfund.ledger.recuperation.programme.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * Opens a recuperation programme of a body for a year (疗休养项目) and, in the same unit of work, moves its budget
 * from the body's fund lines to the programme's lines in the ledger. {@code tripDays} are the trip kinds on offer
 * (e.g. 3 and 1 days); {@code annualCapPerWorker} null = no programme cap.
 */
public record OpenProgrammeCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LedgerId ledgerId,
        BodyId bodyId,
        int year,
        String name,
        int plannedHeadcount,
        Set<WorkerCategory> eligibleCategories,
        List<Integer> tripDays,
        FrequencyRule frequencyRule,
        Money annualCapPerWorker,
        List<ProgrammeBudgetLine> budget,
        LocalDate effectiveDate) {

    public OpenProgrammeCommand {
        Require.present(programmeId, "programmeId", ledgerId, "ledgerId", bodyId, "bodyId",
                frequencyRule, "frequencyRule", effectiveDate, "effectiveDate");
        Require.text(name, "name");
        // Enum order keeps the set (and so the request fingerprint) stable.
        eligibleCategories = new EarmarkEligibility(Set.of(), eligibleCategories).categories();
        tripDays = tripDays == null ? List.of() : tripDays.stream().sorted().distinct().toList();
        budget = Require.list(budget);
    }
}
