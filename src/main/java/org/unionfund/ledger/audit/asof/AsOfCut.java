package org.unionfund.ledger.audit.asof;

import java.time.LocalDate;

/**
 * A bitemporal cut. Known-at: the log up to global sequence {@code sequence} (always the end of a commit), i.e.
 * what was recorded by {@code recordedAt}. About: only events whose effective (business) date lies in
 * {@code [effectiveFrom, effectiveTo]} (each bound optional); events without an effective date (registrations,
 * standards, enrolments of trips without a date …) always count.
 *
 * @param requested what the caller asked for ({@code 1234}, {@code 2025-04-10T08:00:00Z} or {@code 2025-04-10})
 * @param recordedAt when the last commit of the cut was recorded (ISO-8601)
 */
public record AsOfCut(String requested, long sequence, String recordedAt, LocalDate effectiveFrom,
                      LocalDate effectiveTo) {

    String key() {
        return sequence + "|" + effectiveFrom + "|" + effectiveTo;
    }

    boolean filtersEffectiveDates() {
        return effectiveFrom != null || effectiveTo != null;
    }

    boolean about(LocalDate date) {
        return date == null || ((effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo)));
    }
}
