package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.demo.seed.PersonSpec;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;

/** Collects a programme's trips, then fixes its budget and which line pays for whom. */
final class ProgrammeBuilder {

    private final ProgrammePlan plan;
    private final People people;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, TripPlan> plans = new HashMap<>();

    ProgrammeBuilder(ProgrammePlan plan, People people) {
        this.plan = plan;
        this.people = people;
    }

    ProgrammePlan plan() {
        return plan;
    }

    /** A trip of {@code workers} new people, each absent with probability {@code noShowPermille}/1000. */
    Draft trip(String tripId, LocalDate start, int days, long price, Cohort cohort, int workers, int family,
            int noShowPermille, String contractor, String destination) {
        SplittableRandom rng = people.random(tripId.hashCode() * 7L);
        long[] persons = people.next(workers);
        return tripOf(tripId, start, days, price, cohort, persons, family,
                PlanMath.noShows(rng, workers, noShowPermille), contractor, destination);
    }

    /** A trip of {@code workers} new people, exactly {@code noShows} of them absent. */
    Draft tripWithNoShows(String tripId, LocalDate start, int days, long price, Cohort cohort, int workers,
            int noShows, String contractor, String destination) {
        long[] persons = people.next(workers);
        boolean[] absent = new boolean[workers];
        SplittableRandom rng = people.random(tripId.hashCode() * 7L);
        for (int n = 0; n < noShows; ) {
            int ordinal = rng.nextInt(workers);
            if (!absent[ordinal]) {
                absent[ordinal] = true;
                n++;
            }
        }
        return tripOf(tripId, start, days, price, cohort, persons, 0, absent, contractor, destination);
    }

    Draft tripOf(String tripId, LocalDate start, int days, long price, Cohort cohort, long[] persons, int family,
            boolean[] noShow, String contractor, String destination) {
        if (!plan.categories().containsAll(cohort.categories())) {
            throw new IllegalStateException(tripId + ": the programme does not admit every category of " + cohort);
        }
        Draft draft = new Draft(tripId, start, days, price, cohort, persons, family, noShow, contractor,
                destination);
        drafts.add(draft);
        return draft;
    }

    List<Draft> drafts() {
        return drafts;
    }

    long plannedCost() {
        return drafts.stream().mapToLong(Draft::attendingCostFen).sum();
    }

    void reserveOnEarmark(long fen) {
        plan.tracker().reserve(plan.tracker().earmarkedLine(), fen);
    }

    ProgrammePlan finish(List<ProgrammeBudgetLine> budget) {
        return finish(budget, drafts, () -> { });
    }

    /**
     * Sets the budget and assigns lines, trips in {@code order} (e.g. dedicated new-form trips first on the
     * earmark); {@code afterFirst} runs after the first three trips (Gongshu sets money aside for a correction).
     */
    ProgrammePlan finish(List<ProgrammeBudgetLine> budget, List<Draft> order, Runnable afterFirst) {
        if (!drafts.stream().map(Draft::tripId).sorted().toList()
                .equals(order.stream().map(Draft::tripId).sorted().toList())) {
            throw new IllegalStateException("every trip must be planned once");
        }
        plan.budget(budget);
        for (int i = 0; i < order.size(); i++) {
            if (i == Math.min(3, order.size())) {
                afterFirst.run();
            }
            Draft draft = order.get(i);
            plans.put(draft.tripId(), assign(draft));
        }
        for (Draft draft : drafts) {
            plan.add(plans.get(draft.tripId()));
        }
        return plan;
    }

    TripPlan planOf(Draft draft) {
        return plans.get(draft.tripId());
    }

    private TripPlan assign(Draft draft) {
        ProgrammeLine[] lines = new ProgrammeLine[draft.persons().length];
        Map<ProgrammeLine, Integer> used = new LinkedHashMap<>();
        for (int j = 0; j < lines.length; j++) {
            if (draft.noShow()[j]) {
                continue;
            }
            PersonSpec person = draft.cohort().person(people.seed(), draft.persons()[j], plan.body(), plan.city());
            lines[j] = plan.tracker().assign(person, draft.costFen());
            used.merge(lines[j], 1, Integer::sum);
        }
        ProgrammeLine defaultLine = used.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException(draft.tripId()
                        + ": nobody attends"));
        LocalDate settled = draft.start().plusDays(draft.days() + 5L);
        LocalDate yearEnd = LocalDate.of(plan.year(), 12, 31);
        return new TripPlan(draft.tripId(), plan, draft.contractor(), draft.destination(), draft.start(),
                draft.days(), Money.ofYuan(draft.priceYuan()), draft.cohort(), draft.persons(), draft.family(),
                draft.noShow(), lines, defaultLine, settled.isAfter(yearEnd) ? yearEnd : settled, new ArrayList<>());
    }
}
