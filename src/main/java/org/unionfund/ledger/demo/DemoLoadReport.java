package org.unionfund.ledger.demo;

import java.time.Duration;

import org.unionfund.ledger.demo.scenario.DemoScale;

/**
 * What a start-up check of the demo loader did. For a load: the counts of what was sent and recorded; {@code events}
 * is how far the event store's global sequence advanced.
 */
public record DemoLoadReport(
        Outcome outcome,
        DemoScale scale,
        String correlationId,
        Duration duration,
        int ledgers,
        int bodies,
        int funds,
        int allocations,
        int matchingCommitments,
        int matchingEvaluations,
        int subsidyGrants,
        int sharedCosts,
        int programmes,
        long trips,
        long participantsEnrolled,
        long personTimes,
        long commandsSent,
        long commandsRecorded,
        long events) {

    public enum Outcome {
        /** Loaded into an empty store. */
        LOADED,
        /** An interrupted load was sent again; what was already recorded came back as idempotent repeats. */
        RESUMED,
        /** The demo data is already there (a completed load is recorded in the store). */
        SKIPPED_ALREADY_LOADED,
        /** The store holds other data; the demo is only loaded into an empty store. */
        SKIPPED_STORE_NOT_EMPTY,
        /** A real MongoDB is configured and {@code ledger.demo.allow-external-store} is false. */
        SKIPPED_EXTERNAL_STORE
    }

    static DemoLoadReport skipped(Outcome outcome, DemoScale scale) {
        return new DemoLoadReport(outcome, scale, null, Duration.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
