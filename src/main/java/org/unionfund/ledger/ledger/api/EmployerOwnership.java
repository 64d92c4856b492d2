package org.unionfund.ledger.ledger.api;

public enum EmployerOwnership {
    STATE_ORGAN_OR_INSTITUTION,
    STATE_OWNED,
    NON_PUBLIC,
    PLATFORM
}
