package org.unionfund.ledger.recuperation.worker.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.WorkerPseudonym;

/** The recuperation history of one worker; {@link #toString()} ("worker:" + pseudonym) is its aggregate id. */
public record WorkerHistoryId(WorkerPseudonym worker) {

    public WorkerHistoryId {
        Objects.requireNonNull(worker, "worker");
    }

    @Override
    public String toString() {
        return "worker:" + worker.value();
    }
}
