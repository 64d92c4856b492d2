package org.unionfund.ledger.ledger.api;

public enum WorkerCategory {
    FRONTLINE,
    MODEL_WORKER,
    NEW_FORM,
    HARDSHIP
}
