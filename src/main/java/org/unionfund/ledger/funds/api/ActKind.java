package org.unionfund.ledger.funds.api;

/** The money acts an approval policy can put under maker-checker (经办 → 审核 → 审批). */
public enum ActKind {
    ESTABLISH_FUND,
    ALLOCATION,
    ALLOCATION_DOCUMENT,
    SUBSIDY_BATCH,
    SHARED_COST,
    REVERSAL,
    YEAR_CLOSE
}
