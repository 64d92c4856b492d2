package org.unionfund.ledger.relief.api;

/**
 * The kinds of relief a campaign may be: 送温暖 visits and relief (RELIEF), a health screening priced per person
 * (SCREENING: budget ÷ places), special-illness subsidies per case under a cap (SUBSIDY, 特病补贴).
 */
public enum ReliefKind {
    RELIEF,
    SCREENING,
    SUBSIDY
}
