package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * A matching outcome recorded earlier is revised, never updated: commitment {@code causedBy}, recorded after the
 * evaluation but effective by the deadline, changes what was committed on time. {@code revision} counts from 1; it
 * revises outcome {@code revises} (0 = the first evaluation, a {@link MatchingShortfallRecordedEvent} or
 * {@link MatchingRequirementMetEvent}). {@code outcome} is {@code MET} or {@code SHORTFALL}. {@code reversedBy} is set
 * when the revision follows a correction instead: reversal {@code reversedBy} took back (part of) the on-time
 * commitment {@code causedBy} — or, when the allocation document itself was reversed, reduced or withdrawn its
 * requirement ({@code causedBy} is then the document's posting id); it is null in revisions caused by a new
 * commitment. Revision 2 added {@code reversedBy}; revision-1 payloads read with it null
 * ({@code funds.FundsUpcasters}).
 */
@Revision("2")
public record MatchingOutcomeRevisedEvent(
        LedgerId ledgerId,
        AllocationId allocationId,
        BodyId bodyId,
        LocalDate deadline,
        int revision,
        int revises,
        CommitmentId causedBy,
        String outcome,
        Money required,
        Money committedByDeadline,
        Money shortfall,
        ReversalId reversedBy) {

    /** A revision caused by an on-time commitment recorded after the evaluation. */
    public MatchingOutcomeRevisedEvent(LedgerId ledgerId, AllocationId allocationId, BodyId bodyId,
            LocalDate deadline, int revision, int revises, CommitmentId causedBy, String outcome, Money required,
            Money committedByDeadline, Money shortfall) {
        this(ledgerId, allocationId, bodyId, deadline, revision, revises, causedBy, outcome, required,
                committedByDeadline, shortfall, null);
    }
}
