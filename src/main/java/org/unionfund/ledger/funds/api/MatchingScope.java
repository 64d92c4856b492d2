package org.unionfund.ledger.funds.api;

/**
 * Whose own money counts for a matching requirement: {@code REGION} — the receiver and every body below it (the
 * default, domain rule 9) — or {@code RECEIVER} — the receiver only.
 */
public enum MatchingScope {
    REGION,
    RECEIVER
}
