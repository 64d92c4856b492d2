package org.unionfund.ledger.kernel;

public enum WorkerCategory {
    FRONTLINE,
    MODEL_WORKER,
    NEW_FORM,
    HARDSHIP
}
