package org.unionfund.ledger.kernel;

public enum EmployerOwnership {
    STATE_ORGAN_OR_INSTITUTION,
    STATE_OWNED,
    NON_PUBLIC,
    PLATFORM
}
