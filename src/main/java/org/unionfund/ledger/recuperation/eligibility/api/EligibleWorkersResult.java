package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.List;

/** What a registration recorded (also returned, unchanged, for an idempotent repeat). */
public record EligibleWorkersResult(String bodyId, String registrationId, int year,
        List<EligibleCountChange> counts) {

    public EligibleWorkersResult {
        counts = List.copyOf(counts);
    }
}
