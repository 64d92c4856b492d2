package org.unionfund.ledger.statistics.matching;

import java.util.Set;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.platform.projection.BatchProjection;

import com.mongodb.client.MongoDatabase;

/** The events {@link MatchingProjection} listens to; each is queued for the batch it applies. */
abstract class MatchingEvents extends BatchProjection {

    MatchingEvents(MongoDatabase database, String prefix) {
        super(database, prefix);
    }

    private static final Set<Class<?>> HANDLED = Set.of(UnionBodyRegisteredEvent.class, FundsAllocatedEvent.class,
            MatchingFundsCommittedEvent.class, MatchingShortfallRecordedEvent.class, MatchingRequirementMetEvent.class,
            PostingReversedEvent.class, AllocationDocumentIssuedEvent.class, OwnFundsCommittedEvent.class,
            MatchingOutcomeRevisedEvent.class);

    @Override
    public boolean handles(Class<?> payloadType) {
        return HANDLED.contains(payloadType);
    }

    @EventHandler
    void on(UnionBodyRegisteredEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(FundsAllocatedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingFundsCommittedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingShortfallRecordedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingRequirementMetEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(PostingReversedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(AllocationDocumentIssuedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(OwnFundsCommittedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingOutcomeRevisedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @ResetHandler
    void onReset() {
        reset();
    }
}
