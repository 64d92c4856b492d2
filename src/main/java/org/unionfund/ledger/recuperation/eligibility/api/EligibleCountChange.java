package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.WorkerCategory;

/** The eligible count of a category registered now, and the one it replaces (0 when none was registered). */
public record EligibleCountChange(WorkerCategory category, long count, long previous) {

    public EligibleCountChange {
        Objects.requireNonNull(category, "category");
    }
}
