package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/** At the deadline the receiver had committed less than required; flagged for the auditors. */
@Revision("1")
public record MatchingShortfallRecordedEvent(
        LedgerId ledgerId,
        AllocationId allocationId,
        BodyId bodyId,
        LocalDate deadline,
        Money required,
        Money committedByDeadline,
        Money shortfall,
        Instant evaluatedAt) {
}
