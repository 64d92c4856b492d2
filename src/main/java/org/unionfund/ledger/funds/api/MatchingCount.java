package org.unionfund.ledger.funds.api;

/** A requirement (by its document id) a commitment counts for, and whether on time (effective by the deadline). */
public record MatchingCount(AllocationId requirement, boolean onTime) {
}
