package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;

/**
 * One trip as the loader will send it: schedule, who is enrolled (person indices of the workers, plus family
 * members), who does not show up, which programme line pays for each attending worker ({@code lines}, null for a
 * no-show), and the corrections made after settlement. Participants themselves (and their identity numbers) are
 * generated again when it is sent.
 */
public record TripPlan(String tripId, ProgrammePlan programme, String contractorId, String destinationId,
        LocalDate start, int days, Money pricePerDay, Cohort cohort, long[] persons, int family, boolean[] noShow,
        ProgrammeLine[] lines, ProgrammeLine defaultLine, LocalDate settledOn, List<CorrectionPlan> corrections) {

    void correct(CorrectionPlan correction) {
        corrections.add(correction);
    }

    public int workers() {
        return persons.length;
    }

    public long person(int ordinal) {
        return persons[ordinal];
    }

    public boolean noShow(int ordinal) {
        return noShow[ordinal];
    }

    public int attendingWorkers() {
        int attending = 0;
        for (boolean absent : noShow) {
            attending += absent ? 0 : 1;
        }
        return attending;
    }

    public ProgrammeLine line(int ordinal) {
        return lines[ordinal];
    }

    public Money costPerPerson() {
        return pricePerDay.times(days);
    }

    public String workerId(int ordinal) {
        return tripId + "-" + String.format("%03d", ordinal + 1);
    }

    public String familyId(int index) {
        return tripId + "-J" + (index + 1);
    }
}
