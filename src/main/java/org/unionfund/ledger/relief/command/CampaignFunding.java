package org.unionfund.ledger.relief.command;

import java.util.List;

import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.BodyId;

/**
 * What a campaign asks of the funds context, in its own unit of work: the plug points recuperation programmes use
 * (programme budget, programme charges and their reversal). {@link LedgerCampaignFunding} answers from the ledger;
 * fixture tests answer with a stand-in.
 */
public interface CampaignFunding {

    /** The body and its ancestors up to the ledger's root, nearest first. */
    List<BodyId> pathToRoot(LedgerId ledger, BodyId body);

    Posting allocate(AllocateProgrammeBudgetCommand command);

    Posting charge(ChargeProgrammeCommand command);

    Posting reverse(ReversePostingCommand command, Posting original);
}
