package org.unionfund.ledger.recuperation.programme.query;

import java.util.List;

/**
 * A programme as the REST API shows it: its settings, its budget lines with what was charged to them (net of
 * corrections) and what is left, its trips and simple totals. Amounts are yuan strings.
 */
public record ProgrammeView(
        String programmeId,
        String ledgerId,
        String bodyId,
        int year,
        String name,
        int plannedHeadcount,
        List<String> eligibleCategories,
        List<Integer> tripDays,
        String frequencyRule,
        String annualCapPerWorker,
        List<Line> lines,
        List<String> trips,
        Totals totals) {

    public record Line(String fundId, String earmark, String budget, String charged, String remaining) {
    }

    /**
     * Person-times: attending workers net of corrections (family members excluded); distinct workers: unique
     * pseudonyms among them; participant-days: Σ trip days; execution rate: charged ÷ budget, in basis points.
     */
    public record Totals(String budget, String charged, String remaining, int personTimes, int distinctWorkers,
            int participantDays, int executionRateBasisPoints) {
    }
}
