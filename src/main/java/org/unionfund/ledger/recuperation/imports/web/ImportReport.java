package org.unionfund.ledger.recuperation.imports.web;

import java.util.List;

import org.unionfund.ledger.recuperation.imports.command.RowOutcome;

/**
 * The answer to an import: counts per status and one outcome per row (masked identity numbers only). {@code xlsx}
 * is where the same report can be downloaded as a workbook with refused rows marked, while the server keeps it.
 */
public record ImportReport(String reportId, String kind, boolean dryRun, String fileName, String mapping,
        int rows, int trips, int written, int wouldWrite, int alreadyPresent, int refused, int held,
        List<RowOutcome> outcomes, String xlsx) {

    public static ImportReport of(String reportId, String kind, boolean dryRun, String fileName, String mapping,
            int trips, List<RowOutcome> outcomes) {
        return new ImportReport(reportId, kind, dryRun, fileName, mapping, outcomes.size(), trips,
                count(outcomes, RowOutcome.Status.WRITTEN), count(outcomes, RowOutcome.Status.WOULD_WRITE),
                count(outcomes, RowOutcome.Status.ALREADY_PRESENT), count(outcomes, RowOutcome.Status.REFUSED),
                count(outcomes, RowOutcome.Status.HELD), List.copyOf(outcomes),
                "/api/v1/imports/reports/" + reportId + ".xlsx");
    }

    private static int count(List<RowOutcome> outcomes, RowOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }
}
