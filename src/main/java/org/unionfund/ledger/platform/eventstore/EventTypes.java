package org.unionfund.ledger.platform.eventstore;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.SealedYearCorrectedEvent;
import org.unionfund.ledger.funds.api.YearSealedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeBudgetToppedUpEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.TripAddedToProgrammeEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundingReleasedEvent;

/**
 * The one registry of stored event type names (docs/audit.md, "Event type names"). Every event is stored under a
 * short stable name chosen once, never under its Java class name, so a class can move to another package without
 * changing a stored byte, a hash or an export line. Events stored before the names existed carry the class name
 * they had then; {@code legacyName} keeps those readable for ever (never change it when a class moves).
 * <p>
 * Adding an event: one line here with a new name (past tense, without the {@code Event} suffix), its revision and
 * a null {@code legacyName}, and a row in docs/audit.md's table. A name is never reused or renamed; a changed
 * payload gets a new revision (here and in its {@code @Revision}) and an upcaster.
 */
public final class EventTypes {

    /** A registered event: its stored name, class and revision, and the class name it was stored under before. */
    public record EventType(String name, Class<?> type, String revision, String legacyName) {

        public EventType {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(revision, "revision");
        }
    }

    /** Every event of the ledger: name, class, revision, legacy class name. */
    public static final EventTypes LEDGER = new EventTypes(List.of(
            type("ContractorRegistered", ContractorRegisteredEvent.class, "1",
                 "org.unionfund.ledger.contractor.api.ContractorRegisteredEvent"),
            type("DestinationRegistered", DestinationRegisteredEvent.class, "1",
                 "org.unionfund.ledger.contractor.api.DestinationRegisteredEvent"),
            type("EligibleWorkersRegistered", EligibleWorkersRegisteredEvent.class, "1",
                 "org.unionfund.ledger.eligibility.api.EligibleWorkersRegisteredEvent"),
            type("FixedSubsidiesGranted", FixedSubsidiesGrantedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.FixedSubsidiesGrantedEvent"),
            type("FundEstablished", FundEstablishedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.FundEstablishedEvent"),
            type("FundsAllocated", FundsAllocatedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.FundsAllocatedEvent"),
            type("AllocationDocumentIssued", AllocationDocumentIssuedEvent.class, "1", null),
            type("OwnFundsCommitted", OwnFundsCommittedEvent.class, "1", null),
            type("MatchingOutcomeRevised", MatchingOutcomeRevisedEvent.class, "1", null),
            type("MatchingFundsCommitted", MatchingFundsCommittedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.MatchingFundsCommittedEvent"),
            type("MatchingRequirementMet", MatchingRequirementMetEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.MatchingRequirementMetEvent"),
            type("MatchingShortfallRecorded", MatchingShortfallRecordedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.MatchingShortfallRecordedEvent"),
            type("PostingReversed", PostingReversedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.PostingReversedEvent"),
            type("ProgrammeBudgetAllocated", ProgrammeBudgetAllocatedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.ProgrammeBudgetAllocatedEvent"),
            type("ProgrammeCharged", ProgrammeChargedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.ProgrammeChargedEvent"),
            type("SharedCostPosted", SharedCostPostedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.SharedCostPostedEvent"),
            type("UnionBodyRegistered", UnionBodyRegisteredEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.UnionBodyRegisteredEvent"),
            type("YearClosed", YearClosedEvent.class, "1",
                 "org.unionfund.ledger.ledger.api.YearClosedEvent"),
            type("YearSealed", YearSealedEvent.class, "1", null),
            type("SealedYearCorrected", SealedYearCorrectedEvent.class, "1", null),
            type("ProgrammeBudgetToppedUp", ProgrammeBudgetToppedUpEvent.class, "1",
                 "org.unionfund.ledger.programme.api.ProgrammeBudgetToppedUpEvent"),
            type("ProgrammeOpened", ProgrammeOpenedEvent.class, "1",
                 "org.unionfund.ledger.programme.api.ProgrammeOpenedEvent"),
            type("TripAddedToProgramme", TripAddedToProgrammeEvent.class, "1",
                 "org.unionfund.ledger.programme.api.TripAddedToProgrammeEvent"),
            type("StandardSet", StandardSetEvent.class, "1",
                 "org.unionfund.ledger.standard.api.StandardSetEvent"),
            type("NoShowRemoved", NoShowRemovedEvent.class, "1",
                 "org.unionfund.ledger.trip.api.NoShowRemovedEvent"),
            type("ParticipantCategoryChanged", ParticipantCategoryChangedEvent.class, "1",
                 "org.unionfund.ledger.trip.api.ParticipantCategoryChangedEvent"),
            type("ParticipantRecharged", ParticipantRechargedEvent.class, "1",
                 "org.unionfund.ledger.trip.api.ParticipantRechargedEvent"),
            type("ParticipantsEnrolled", ParticipantsEnrolledEvent.class, "1",
                 "org.unionfund.ledger.trip.api.ParticipantsEnrolledEvent"),
            type("TripScheduled", TripScheduledEvent.class, "1",
                 "org.unionfund.ledger.trip.api.TripScheduledEvent"),
            type("TripSettled", TripSettledEvent.class, "1",
                 "org.unionfund.ledger.trip.api.TripSettledEvent"),
            type("WorkerFunded", WorkerFundedEvent.class, "1",
                 "org.unionfund.ledger.worker.api.WorkerFundedEvent"),
            type("WorkerFundingReleased", WorkerFundingReleasedEvent.class, "1",
                 "org.unionfund.ledger.worker.api.WorkerFundingReleasedEvent")));

    private final List<EventType> types;
    private final Map<Class<?>, EventType> byClass = new HashMap<>();
    private final Map<String, EventType> byStoredName = new HashMap<>();

    public EventTypes(List<EventType> types) {
        this.types = List.copyOf(types);
        for (EventType type : this.types) {
            unique(byClass.put(type.type(), type), type.type().getName());
            unique(byStoredName.put(type.name(), type), type.name());
            if (type.legacyName() != null) {
                unique(byStoredName.put(type.legacyName(), type), type.legacyName());
            }
        }
    }

    public static EventType type(String name, Class<?> type, String revision, String legacyName) {
        return new EventType(name, type, revision, legacyName);
    }

    public Collection<EventType> all() {
        return types;
    }

    /** The registered type of a payload class, if it is registered. */
    public Optional<EventType> ofClass(Class<?> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    /** The registered type stored as {@code storedName}: its stable name or its legacy class name. */
    public Optional<EventType> ofStoredName(String storedName) {
        return Optional.ofNullable(storedName == null ? null : byStoredName.get(storedName));
    }

    /** The stable name of a stored type name (the stored name itself when it is not registered). */
    public String stableName(String storedName) {
        return ofStoredName(storedName).map(EventType::name).orElse(storedName);
    }

    /**
     * How a stored type is shown: the stable name of a registered (or legacy) name, else the simple class name of
     * an unregistered one.
     */
    public static String shortName(String storedName) {
        if (storedName == null) {
            return null;
        }
        String stable = LEDGER.stableName(storedName);
        return stable.substring(Math.max(stable.lastIndexOf('.'), stable.lastIndexOf('$')) + 1);
    }

    private static void unique(EventType previous, String key) {
        if (previous != null) {
            throw new IllegalArgumentException("event type registered twice: " + key);
        }
    }
}
