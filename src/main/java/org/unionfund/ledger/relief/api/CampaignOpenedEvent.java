package org.unionfund.ledger.relief.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;

/**
 * A relief campaign was opened. {@code bodyPath} is the body and its ancestors up to the ledger's root, nearest
 * first (figures roll up along it); {@code budgetPostingId} is the ledger posting that moved {@code budget} to the
 * campaign's lines.
 */
@Revision("1")
public record CampaignOpenedEvent(
        CampaignId campaignId,
        ReliefKind kind,
        LedgerId ledgerId,
        BodyId bodyId,
        List<BodyId> bodyPath,
        int year,
        String name,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<ReliefGroup> groups,
        List<GroupTerm> terms,
        int paymentsPerPerson,
        Integer places,
        PostingId budgetPostingId,
        List<ProgrammeBudgetLine> budget,
        String requestFingerprint) {

    public CampaignOpenedEvent {
        bodyPath = List.copyOf(bodyPath);
        groups = List.copyOf(groups);
        terms = List.copyOf(terms);
        budget = List.copyOf(budget);
    }
}
