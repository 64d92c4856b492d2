package org.unionfund.ledger.relief.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Sets a new standard or cap for one group of a campaign from a date on; earlier payments keep their term. */
public record SetGroupTermCommand(@TargetAggregateIdentifier CampaignId campaignId, GroupTerm term) {

    public SetGroupTermCommand {
        Require.present(campaignId, "campaignId", term, "term");
    }
}
