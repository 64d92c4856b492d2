package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.BodyId;

/**
 * The register of eligible-worker counts of one union body (all years); {@link #toString()} ("eligible:" + body id)
 * is its aggregate identifier in the event store.
 */
public record EligibleWorkersId(BodyId body) {

    public static final String PREFIX = "eligible:";

    public EligibleWorkersId {
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return PREFIX + body.value();
    }
}
