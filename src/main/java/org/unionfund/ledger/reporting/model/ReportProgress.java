package org.unionfund.ledger.reporting.model;

/** Progress of a report being prepared: a phase and how far it is ({@code done} of {@code total}). */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
