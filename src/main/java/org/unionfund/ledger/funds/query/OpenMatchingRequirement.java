package org.unionfund.ledger.funds.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A matching requirement not evaluated yet; {@code recordedAt} is when its allocation document was recorded (null
 * for a one-line allocation, which the scheduler evaluates right after its deadline day as before).
 */
public record OpenMatchingRequirement(String ledgerId, String allocationId, LocalDate deadline, Instant recordedAt) {
}
