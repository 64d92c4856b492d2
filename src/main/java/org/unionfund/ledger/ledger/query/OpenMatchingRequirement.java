package org.unionfund.ledger.ledger.query;

import java.time.LocalDate;

/** A matching requirement not evaluated yet. */
public record OpenMatchingRequirement(String ledgerId, String allocationId, LocalDate deadline) {
}
