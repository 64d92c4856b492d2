package org.unionfund.ledger.recuperation.programme.api;

import java.util.List;
import java.util.Set;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.Money;

/**
 * What trips of a programme are judged by. {@code lines} are the programme's funding lines in the order they
 * were first budgeted; {@code defaultLine} is the first unrestricted one (null if it has none).
 */
public record ProgrammeTerms(
        ProgrammeId programmeId,
        LedgerId ledgerId,
        BodyId bodyId,
        List<BodyId> bodyPath,
        int year,
        Set<WorkerCategory> eligibleCategories,
        List<Integer> tripDays,
        FrequencyRule frequencyRule,
        Money annualCapPerWorker,
        List<ProgrammeLine> lines) {

    public ProgrammeTerms {
        bodyPath = List.copyOf(bodyPath);
        eligibleCategories = Set.copyOf(eligibleCategories);
        tripDays = List.copyOf(tripDays);
        lines = List.copyOf(lines);
    }

    public ProgrammeLine defaultLine() {
        return lines.stream().filter(line -> line.earmark() == null).findFirst().orElse(null);
    }
}
