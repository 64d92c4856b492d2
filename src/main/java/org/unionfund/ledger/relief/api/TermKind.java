package org.unionfund.ledger.relief.api;

/**
 * How a group's amount binds: a STANDARD is what each person receives unless a payment names less; a CAP is the most
 * one payment may be. Both refuse a payment above them ({@code over-cap}).
 */
public enum TermKind {
    STANDARD,
    CAP
}
