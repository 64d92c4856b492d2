package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * A matching outcome recorded earlier is revised, never updated: commitment {@code causedBy}, recorded after the
 * evaluation but effective by the deadline, changes what was committed on time. {@code revision} counts from 1; it
 * revises outcome {@code revises} (0 = the first evaluation, a {@link MatchingShortfallRecordedEvent} or
 * {@link MatchingRequirementMetEvent}). {@code outcome} is {@code MET} or {@code SHORTFALL}.
 */
@Revision("1")
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
        Money shortfall) {
}
