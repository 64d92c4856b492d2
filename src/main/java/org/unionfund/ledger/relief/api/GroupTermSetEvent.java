package org.unionfund.ledger.relief.api;

import org.axonframework.serialization.Revision;

/** A group's standard or cap changed from {@code term.effectiveFrom()} on. */
@Revision("1")
public record GroupTermSetEvent(CampaignId campaignId, GroupTerm term) {
}
