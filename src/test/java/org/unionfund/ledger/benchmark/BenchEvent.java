package org.unionfund.ledger.benchmark;

import java.time.LocalDate;

/** A payload shaped like a settled participant: ids, a category, an amount in fen and a date. */
public record BenchEvent(String tripId, String workerPseudonym, String category, String ownership, long costFen,
                         int days, LocalDate startDate) {
}
