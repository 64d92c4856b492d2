package org.unionfund.ledger.relief.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new standard or cap for one group of a campaign from a date on; earlier payments keep their term. */
public record SetGroupTermCommand(@TargetAggregateIdentifier CampaignId campaignId, GroupTerm term) {

    public SetGroupTermCommand {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(term, "term");
    }
}
