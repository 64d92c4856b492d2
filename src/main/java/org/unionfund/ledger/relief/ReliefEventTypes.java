package org.unionfund.ledger.relief;

import java.util.List;

import org.unionfund.ledger.platform.eventstore.EventTypeCatalog;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.platform.eventstore.EventTypes.EventType;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.EligibleRegisteredEvent;
import org.unionfund.ledger.relief.api.GroupTermSetEvent;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;
import org.unionfund.ledger.relief.api.ReliefPaymentReversedEvent;

/**
 * The stored names of the relief events (送温暖 campaigns, screening, subsidies). Names are in the stored log: never
 * change one (docs/audit.md, "Event type names"). Listed in META-INF/services.
 */
public final class ReliefEventTypes implements EventTypeCatalog {

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                EventTypes.type("ReliefEligibleRegistered", EligibleRegisteredEvent.class, "1", null),
                EventTypes.type("ReliefCampaignOpened", CampaignOpenedEvent.class, "1", null),
                EventTypes.type("ReliefGroupTermSet", GroupTermSetEvent.class, "1", null),
                EventTypes.type("ReliefPaid", ReliefPaidEvent.class, "1", null),
                EventTypes.type("ReliefPaymentReversed", ReliefPaymentReversedEvent.class, "1", null));
    }
}
