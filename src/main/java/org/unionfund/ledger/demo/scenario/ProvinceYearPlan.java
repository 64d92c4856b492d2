package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;

/**
 * The benchmark ({@link DemoScale#PROVINCE_YEAR}): every county also runs a large 2025 programme from an own fund;
 * 40,000 trips in all (or {@code totalTrips}), split by population, 30–45 workers each (about 1.5 million
 * person-times for 40,000), one day at 280 or three days at 520 yuan.
 */
final class ProvinceYearPlan {

    private ProvinceYearPlan() {
    }

    static void plan(ZhejiangProgrammes programmes, Divisions divisions, List<String> destinations, int totalTrips) {
        List<Division> counties = divisions.counties(ZhejiangScenario.ROOT);
        if (totalTrips < counties.size()) {
            throw new IllegalArgumentException("the province-year needs at least one trip per county");
        }
        People people = programmes.people();
        List<Long> tripsPerCounty = Split.byWeight(totalTrips, counties.stream().map(Division::weight).toList(), 1);
        for (int c = 0; c < counties.size(); c++) {
            Division county = counties.get(c);
            String programmeId = "B25-" + county.code();
            ProgrammeBuilder p = programmes.builder(programmeId, county, 2025,
                    county.name() + "2025年职工疗休养（规模演示）", Cohort.COUNTY_FRONTLINE.categories(), List.of(1, 3),
                    FrequencyRule.ONCE_PER_YEAR, null, LocalDate.of(2025, 2, 20));
            long trips = tripsPerCounty.get(c);
            for (int k = 0; k < trips; k++) {
                String tripId = programmeId + "-" + String.format("%04d", k + 1);
                SplittableRandom rng = people.random(tripId.hashCode());
                int days = rng.nextInt(100) < 55 ? 1 : 3;
                int size = 30 + rng.nextInt(16);
                LocalDate start = PlanMath.weekday(LocalDate.of(2025, 3, 3).plusDays(k * 290L / trips));
                long[] persons = people.next(size);
                p.tripOf(tripId, start, days, days == 1 ? 280 : 520, Cohort.COUNTY_FRONTLINE, persons, 0,
                        PlanMath.noShows(rng, size, 20), k % 2 == 0 ? "HZ-TRAVEL-01" : "ZJ-TRAVEL-02",
                        destinations.get((c + k) % destinations.size()));
            }
            String fund = programmeId + "-FUND";
            long need = p.plannedCost();
            programmes.ownFund(fund, county, 2025, need, LocalDate.of(2025, 1, 20));
            p.finish(List.of(PlanMath.line(fund, null, need)));
        }
    }
}
