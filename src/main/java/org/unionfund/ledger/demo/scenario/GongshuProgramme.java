package org.unionfund.ledger.demo.scenario;

import static org.unionfund.ledger.demo.scenario.PlanMath.line;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.EARMARK;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.GONGSHU;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

import org.unionfund.ledger.demo.scenario.ZhejiangData.Trips;
import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.PersonSpec;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/**
 * 拱墅区 2025 (seed 000): 2,546,000 yuan for 2,500 frontline workers on 3-day and 1-day trips; dedicated trips for 80
 * SF couriers and 71 Meituan riders, 50 places for other new-form firms. The budget draws on the earmark received
 * via Hangzhou, the unrestricted money received, Gongshu's matching and its own fund. Planned in code, not in
 * {@code demo/zhejiang.json}: its budget is the seed's fixed figure, the dedicated trips are paid first from the
 * earmark, and two trips are corrected after settlement.
 */
final class GongshuProgramme {

    private GongshuProgramme() {
    }

    static void plan(ZhejiangProgrammes programmes) {
        Division gongshu = programmes.body(GONGSHU);
        People people = programmes.people();
        Receipts receipts = programmes.receipts();
        ProgrammeBuilder p = programmes.builder(ZhejiangScenario.GONGSHU_PROGRAMME, gongshu, 2025,
                "拱墅区2025年一线职工疗休养",
                EnumSet.of(WorkerCategory.FRONTLINE, WorkerCategory.NEW_FORM, WorkerCategory.MODEL_WORKER),
                List.of(1, 3), FrequencyRule.ONCE_PER_YEAR, Money.ofYuan(3_000), LocalDate.of(2025, 3, 24));
        List<Draft> dedicated = List.of(
                p.trip(ZhejiangScenario.SF_TRIP, LocalDate.of(2025, 5, 13), 3, 580, Cohort.SF_COURIERS, 80, 0, 0,
                        "HZ-TRAVEL-01", "ANJI-BASE"),
                p.trip(ZhejiangScenario.MEITUAN_TRIP, LocalDate.of(2025, 6, 10), 3, 580, Cohort.MEITUAN_RIDERS, 71,
                        0, 0, "HZ-TRAVEL-01", "QDH-BASE"),
                p.tripWithNoShows(ZhejiangScenario.OTHER_NEW_FORM_TRIP, LocalDate.of(2025, 9, 16), 3, 560,
                        Cohort.NEW_FORM_MIX, 50, 3, "ZJ-TRAVEL-02", "TONGLU-BASE"));
        List<Draft> regular = new ArrayList<>();
        regular.addAll(TripSeries.plan(p, people, series("GS25-T3", 24, 45, 0, 3, 550, "HZ-TRAVEL-01",
                List.of("ANJI-BASE", "QDH-BASE", "TONGLU-BASE", "TIANTAI-BASE"), DayOfWeek.TUESDAY,
                LocalDate.of(2025, 4, 8), true)));
        // 2,299 places in regular trips: 24 × 45 three-day, 27 one-day trips of 45 or 46.
        regular.addAll(TripSeries.plan(p, people, series("GS25-T1", 27, 45, 4, 1, 300, "ZJ-TRAVEL-02",
                List.of("LIANGZHU-SITE", "MOGANSHAN-BASE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 4, 10), false)));

        List<ProgrammeBudgetLine> budget = new ArrayList<>();
        budget.add(line("ZJ-2025-RECUP", EARMARK, receipts.received(2025, GONGSHU, EARMARK)));
        budget.add(line("ZJ-2025-RECUP", null, receipts.received(2025, GONGSHU, null)));
        budget.add(line("OWN-" + GONGSHU + "-2025", null, receipts.matched(2025, GONGSHU)));
        long own = ZhejiangScenario.GONGSHU_BUDGET.fen() - budget.stream().mapToLong(l -> l.amount().fen()).sum();
        budget.add(line("GS-2025-RECUP", null, own));
        programmes.ownFund("GS-2025-RECUP", gongshu, 2025, own, LocalDate.of(2025, 1, 15));

        List<Draft> order = new ArrayList<>(dedicated);
        order.addAll(regular);
        Draft fixed = regular.get(7);
        ProgrammePlan plan = p.finish(budget, order, () -> p.reserveOnEarmark(fixed.costFen()));
        TripPlan noShowLater = p.planOf(regular.get(4));
        int absent = firstAttending(noShowLater, people.seed(), person -> true);
        noShowLater.correct(new CorrectionPlan.NoShowFoundLater(noShowLater.tripId() + "-K1", absent,
                "事后核实未实际出行，冲销其费用", noShowLater.settledOn().plusDays(7)));
        TripPlan recategorised = p.planOf(fixed);
        int rider = firstAttending(recategorised, people.seed(), person -> person.category() == WorkerCategory.FRONTLINE
                && !person.nonPublicOrNewForm());
        recategorised.correct(new CorrectionPlan.CategoryFixed(recategorised.tripId() + "-K1", rider,
                WorkerCategory.NEW_FORM, NewFormSubtype.DELIVERY_RIDER, plan.tracker().earmarkedLine(),
                "核实为美团骑手，改由非公和新就业形态专项列支", recategorised.settledOn().plusDays(10)));
    }

    /** Gongshu's weekly series of urban frontline workers. */
    private static Trips series(String series, int count, int size, int plusOneForLast, int days, long price,
            String contractor, List<String> destinations, DayOfWeek weekday, LocalDate from, boolean families) {
        return new Trips(null, series, count, size, plusOneForLast, days, price, Cohort.URBAN_FRONTLINE, contractor,
                destinations, weekday, from, 7, families, 0, null, 0);
    }

    private static int firstAttending(TripPlan trip, long seed, Predicate<PersonSpec> fits) {
        for (int j = 0; j < trip.workers(); j++) {
            if (!trip.noShow(j) && fits.test(trip.cohort().person(seed, trip.person(j), trip.programme().body(),
                    trip.programme().city()))) {
                return j;
            }
        }
        throw new IllegalStateException(trip.tripId() + ": no attending worker fits the planned correction");
    }
}
