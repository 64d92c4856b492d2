package org.unionfund.ledger.funds;

import java.util.List;

import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.api.ProposalWithdrawnEvent;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.funds.api.YearSealedEvent;
import org.unionfund.ledger.funds.api.SealedYearCorrectedEvent;
import org.unionfund.ledger.platform.eventstore.EventTypeCatalog;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.platform.eventstore.EventTypes.EventType;

/**
 * The stored names of the funds events (bodies, funds, allocations, matching, postings, year close).
 * Names and legacy names are in the stored log: never change one (docs/audit.md, "Event type names"). Listed in
 * META-INF/services, so the registry finds it with or without Spring.
 */
public final class FundsEventTypes implements EventTypeCatalog {

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                EventTypes.type("FixedSubsidiesGranted", FixedSubsidiesGrantedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.FixedSubsidiesGrantedEvent"),
                EventTypes.type("FundEstablished", FundEstablishedEvent.class, "2",
                        "org.unionfund.ledger.ledger.api.FundEstablishedEvent"),
                EventTypes.type("FundsAllocated", FundsAllocatedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.FundsAllocatedEvent"),
                EventTypes.type("AllocationDocumentIssued", AllocationDocumentIssuedEvent.class, "2", null),
                EventTypes.type("OwnFundsCommitted", OwnFundsCommittedEvent.class, "1", null),
                EventTypes.type("MatchingOutcomeRevised", MatchingOutcomeRevisedEvent.class, "2", null),
                EventTypes.type("MatchingFundsCommitted", MatchingFundsCommittedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.MatchingFundsCommittedEvent"),
                EventTypes.type("MatchingRequirementMet", MatchingRequirementMetEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.MatchingRequirementMetEvent"),
                EventTypes.type("MatchingShortfallRecorded", MatchingShortfallRecordedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.MatchingShortfallRecordedEvent"),
                EventTypes.type("PostingReversed", PostingReversedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.PostingReversedEvent"),
                EventTypes.type("ProgrammeBudgetAllocated", ProgrammeBudgetAllocatedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.ProgrammeBudgetAllocatedEvent"),
                EventTypes.type("ProgrammeCharged", ProgrammeChargedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.ProgrammeChargedEvent"),
                EventTypes.type("SharedCostPosted", SharedCostPostedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.SharedCostPostedEvent"),
                EventTypes.type("UnionBodyRegistered", UnionBodyRegisteredEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.UnionBodyRegisteredEvent"),
                EventTypes.type("YearClosed", YearClosedEvent.class, "1",
                        "org.unionfund.ledger.ledger.api.YearClosedEvent"),
                EventTypes.type("YearSealed", YearSealedEvent.class, "1", null),
                EventTypes.type("SealedYearCorrected", SealedYearCorrectedEvent.class, "1", null),
                EventTypes.type("ApprovalPolicyAdopted", ApprovalPolicyAdoptedEvent.class, "1", null),
                EventTypes.type("ActProposed", ActProposedEvent.class, "1", null),
                EventTypes.type("ProposalApproved", ProposalApprovedEvent.class, "1", null),
                EventTypes.type("ProposalRejected", ProposalRejectedEvent.class, "1", null),
                EventTypes.type("ProposalWithdrawn", ProposalWithdrawnEvent.class, "1", null));
    }
}
