package org.unionfund.ledger.relief.query;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;

/**
 * The body a campaign belongs to, read from the campaign's own opening event (always current, so a campaign opened a
 * moment ago is known): the body whose clerk may pay and correct in it.
 */
@Component
public class CampaignBodies {

    private final EventStore events;

    public CampaignBodies(EventStore events) {
        this.events = events;
    }

    /** The campaign's body; 422 {@code unknown-campaign} when there is no such campaign. */
    public String bodyOf(CampaignId campaign) {
        Optional<String> body = events.readEvents(campaign.toString(), 0).asStream().findFirst()
                .map(message -> ((DomainEventMessage<?>) message).getPayload())
                .filter(CampaignOpenedEvent.class::isInstance).map(CampaignOpenedEvent.class::cast)
                .map(opened -> opened.bodyId().value());
        return body.orElseThrow(() -> new ReliefRuleViolation(ReliefRuleViolation.UNKNOWN_CAMPAIGN, "campaignId",
                "campaign " + campaign.value() + " is not known"));
    }
}
