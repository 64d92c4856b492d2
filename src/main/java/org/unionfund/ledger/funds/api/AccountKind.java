package org.unionfund.ledger.funds.api;

public enum AccountKind {
    /** A body's own budget from outside the ledger; contra account, its balance is never above zero. */
    SOURCE,
    /** Money a body holds from a fund, on an earmarked line or the unrestricted line; never below zero. */
    FUND,
    /** Money spent, per body, fund, earmark and expense category; never below zero. */
    EXPENSE,
    /**
     * Budget a body set aside from a fund line for one recuperation programme (疗休养项目预算), per body, year, fund,
     * earmark and programme; never below zero. Settled trips move it on to EXPENSE.
     */
    PROGRAMME
}
