package org.unionfund.ledger.eligibility.api;

import java.util.Objects;

import org.unionfund.ledger.ledger.api.WorkerCategory;

/** How many workers of a category are eligible (the denominator of coverage). */
public record EligibleCount(WorkerCategory category, long count) {

    public EligibleCount {
        Objects.requireNonNull(category, "category");
    }
}
