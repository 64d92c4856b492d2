package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.WorkerCategory;

/** How many workers of a category are eligible (the denominator of coverage). */
public record EligibleCount(WorkerCategory category, long count) {

    public EligibleCount {
        Objects.requireNonNull(category, "category");
    }
}
