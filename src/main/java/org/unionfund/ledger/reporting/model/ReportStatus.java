package org.unionfund.ledger.reporting.model;

/**
 * Whether a report can be computed now, for the CLI's progress display.
 *
 * @param ready    the report endpoint will answer without waiting
 * @param phase    {@code catching-up} (projections behind the log), {@code replaying} (as-of replay running),
 *                 {@code ready} or {@code failed}
 * @param done     events processed / replayed so far (global sequence)
 * @param total    the global sequence to reach
 * @param sequence the sequence the report will be computed at, when known
 * @param detail   a human-readable line
 */
public record ReportStatus(boolean ready, String phase, long done, long total, Long sequence, String detail) {
}
