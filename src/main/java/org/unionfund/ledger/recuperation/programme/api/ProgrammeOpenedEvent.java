package org.unionfund.ledger.recuperation.programme.api;

import java.util.List;
import java.util.Set;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.Money;

/**
 * A programme was opened. {@code bodyPath} is the body and its ancestors up to the ledger's root, nearest first,
 * as the tree stood at opening (bodies never move); trips walk it to find the standards of their region.
 * {@code budgetPostingId} is the ledger posting that moved {@code budget} to the programme's lines.
 */
@Revision("1")
public record ProgrammeOpenedEvent(
        ProgrammeId programmeId,
        LedgerId ledgerId,
        BodyId bodyId,
        List<BodyId> bodyPath,
        int year,
        String name,
        int plannedHeadcount,
        Set<WorkerCategory> eligibleCategories,
        List<Integer> tripDays,
        FrequencyRule frequencyRule,
        Money annualCapPerWorker,
        PostingId budgetPostingId,
        List<ProgrammeBudgetLine> budget,
        String requestFingerprint) {

    public ProgrammeOpenedEvent {
        bodyPath = List.copyOf(bodyPath);
        eligibleCategories = Set.copyOf(eligibleCategories);
        tripDays = List.copyOf(tripDays);
        budget = List.copyOf(budget);
    }
}
