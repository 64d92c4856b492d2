package org.unionfund.ledger.reporting.model;

import java.util.List;

/**
 * The yearly summary of a union body and its subtree: headline figures ({@link #totals}), the Chinese opening
 * sentences ({@link #summary}), the tables (breakdowns, fund lines, matching compliance, consolidation check) and
 * the basis it was computed at. Everything in it is derived from the log up to {@code basis.sequence}: no time of
 * generation, so the same inputs give the same report.
 */
public record YearlyReport(int year, BodyRef body, ReportBasis basis, List<String> summary, List<Indicator> totals,
        List<Table> tables) {

    public static final String KIND = "yearly-summary";
    public static final int SCHEMA = 1;

    public YearlyReport {
        summary = List.copyOf(summary);
        totals = List.copyOf(totals);
        tables = List.copyOf(tables);
    }

    /** The value of a headline figure by its path ({@code activity.personTimes}), or null. */
    public Object value(String path) {
        for (Indicator indicator : totals) {
            if (indicator.path().equals(path)) {
                return indicator.value();
            }
        }
        return null;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** A file name without extension: {@code yearly-report-330000-2025} (with {@code -asof-<seq>} for a replay). */
    public String baseName() {
        return "yearly-report-" + body.id() + "-" + year
                + (ReportBasis.REPLAY.equals(basis.source()) ? "-asof-" + basis.sequence() : "");
    }
}
