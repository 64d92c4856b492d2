package org.unionfund.ledger.relief.command;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.BodyId;

/** Stands in for the ledger: records what the campaign asked and answers with empty postings. */
class FakeCampaignFunding implements CampaignFunding {

    final List<Object> asked = new ArrayList<>();

    @Override
    public List<BodyId> pathToRoot(LedgerId ledger, BodyId body) {
        return body.equals(ledger.root()) ? List.of(body) : List.of(body, ledger.root());
    }

    @Override
    public Posting allocate(AllocateProgrammeBudgetCommand command) {
        asked.add(command);
        return posting(command.budgetId(), command.effectiveDate());
    }

    @Override
    public Posting charge(ChargeProgrammeCommand command) {
        asked.add(command);
        return posting(command.postingId(), command.effectiveDate());
    }

    @Override
    public Posting reverse(ReversePostingCommand command, Posting original) {
        asked.add(command);
        return posting(new PostingId(command.reversalId().value()), command.effectiveDate());
    }

    static Posting posting(PostingId id, java.time.LocalDate date) {
        return new Posting(id, date, List.<PostingLeg>of());
    }
}
