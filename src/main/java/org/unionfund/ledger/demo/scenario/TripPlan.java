package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;

/**
 * One trip as the loader will send it: schedule, who is enrolled (person indices of the workers, plus family
 * members), who does not show up, which programme line pays for each attending worker, and the corrections made
 * after settlement. Participants themselves (and their identity numbers) are generated again when it is sent.
 */
public final class TripPlan {

    private final String tripId;
    private final ProgrammePlan programme;
    private final String contractorId;
    private final String destinationId;
    private final LocalDate start;
    private final int days;
    private final Money pricePerDay;
    private final Cohort cohort;
    private final long[] persons;
    private final int family;
    private final boolean[] noShow;
    private final ProgrammeLine[] lines;
    private final ProgrammeLine defaultLine;
    private final LocalDate settledOn;
    private final List<CorrectionPlan> corrections = new ArrayList<>();

    TripPlan(String tripId, ProgrammePlan programme, String contractorId, String destinationId, LocalDate start,
            int days, Money pricePerDay, Cohort cohort, long[] persons, int family, boolean[] noShow,
            ProgrammeLine[] lines, ProgrammeLine defaultLine, LocalDate settledOn) {
        this.tripId = tripId;
        this.programme = programme;
        this.contractorId = contractorId;
        this.destinationId = destinationId;
        this.start = start;
        this.days = days;
        this.pricePerDay = pricePerDay;
        this.cohort = cohort;
        this.persons = persons;
        this.family = family;
        this.noShow = noShow;
        this.lines = lines;
        this.defaultLine = defaultLine;
        this.settledOn = settledOn;
    }

    void correct(CorrectionPlan correction) {
        corrections.add(correction);
    }

    public String tripId() {
        return tripId;
    }

    public ProgrammePlan programme() {
        return programme;
    }

    public String contractorId() {
        return contractorId;
    }

    public String destinationId() {
        return destinationId;
    }

    public LocalDate start() {
        return start;
    }

    public int days() {
        return days;
    }

    public Money pricePerDay() {
        return pricePerDay;
    }

    public Cohort cohort() {
        return cohort;
    }

    public int workers() {
        return persons.length;
    }

    public long person(int ordinal) {
        return persons[ordinal];
    }

    public int family() {
        return family;
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

    /** The line of an attending worker; null for a no-show. */
    public ProgrammeLine line(int ordinal) {
        return lines[ordinal];
    }

    public ProgrammeLine defaultLine() {
        return defaultLine;
    }

    public LocalDate settledOn() {
        return settledOn;
    }

    public List<CorrectionPlan> corrections() {
        return corrections;
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
