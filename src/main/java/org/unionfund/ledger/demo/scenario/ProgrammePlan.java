package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;

/** A recuperation programme of a county (or the province) with its trips, as the loader will send them. */
public final class ProgrammePlan {

    private final String programmeId;
    private final LedgerId ledger;
    private final Division body;
    private final Division city;
    private final int year;
    private final String name;
    private final Set<WorkerCategory> categories;
    private final List<Integer> tripDays;
    private final FrequencyRule rule;
    private final Money annualCap;
    private final LocalDate effectiveDate;
    private final List<TripPlan> trips = new ArrayList<>();
    private List<ProgrammeBudgetLine> budget;
    private BudgetTracker tracker;

    ProgrammePlan(String programmeId, LedgerId ledger, Division body, Division city, int year, String name,
            Set<WorkerCategory> categories, List<Integer> tripDays, FrequencyRule rule, Money annualCap,
            LocalDate effectiveDate) {
        this.programmeId = programmeId;
        this.ledger = ledger;
        this.body = body;
        this.city = city;
        this.year = year;
        this.name = name;
        this.categories = categories.isEmpty() ? EnumSet.noneOf(WorkerCategory.class) : EnumSet.copyOf(categories);
        this.tripDays = tripDays;
        this.rule = rule;
        this.annualCap = annualCap;
        this.effectiveDate = effectiveDate;
    }

    void budget(List<ProgrammeBudgetLine> lines) {
        this.budget = List.copyOf(lines);
        this.tracker = new BudgetTracker(budget);
    }

    BudgetTracker tracker() {
        return tracker;
    }

    void add(TripPlan trip) {
        trips.add(trip);
    }

    public OpenProgrammeCommand openCommand() {
        int planned = trips.stream().mapToInt(TripPlan::workers).sum();
        return new OpenProgrammeCommand(new ProgrammeId(programmeId), ledger, new BodyId(body.code()), year, name,
                planned, categories, tripDays, rule, annualCap, budget, effectiveDate);
    }

    public Set<WorkerCategory> categories() {
        return categories;
    }

    public String programmeId() {
        return programmeId;
    }

    public Division body() {
        return body;
    }

    public Division city() {
        return city;
    }

    public int year() {
        return year;
    }

    public List<TripPlan> trips() {
        return trips;
    }

    public long budgetFen() {
        return budget.stream().mapToLong(line -> line.amount().fen()).sum();
    }
}
