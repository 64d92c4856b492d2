package org.unionfund.ledger.demo.scenario;

import static org.unionfund.ledger.demo.scenario.PlanMath.TEN_THOUSAND_YUAN;
import static org.unionfund.ledger.demo.scenario.PlanMath.YUAN;
import static org.unionfund.ledger.demo.scenario.PlanMath.roundTo;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.EARMARK;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.LEDGER;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.ROOT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.unionfund.ledger.demo.scenario.ZhejiangData.Matching;
import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/**
 * The province's money of each year: its fund, the documents to the 11 cities by population with 1:1 matching by
 * the end of May, the cities passing 60% on to their counties with 50% matching by the end of June, the earmark
 * passed on to the counties that run programmes, the matching commitments, the evaluations at each deadline (sent as
 * {@link RecordMatchingShortfallCommand}) and the late commitments. What each body received goes into
 * {@link Receipts}.
 */
final class ZhejiangMoney {

    private final Divisions divisions;
    private final List<Division> cities;
    private final ZhejiangData data;
    private final Receipts receipts;
    private final long seed;
    private final List<Object> money = new ArrayList<>();
    private final CityDocuments cityDocuments = new CityDocuments(LEDGER);

    ZhejiangMoney(Divisions divisions, ZhejiangData data, Receipts receipts, long seed) {
        this.divisions = divisions;
        this.cities = divisions.children(ROOT);
        this.data = data;
        this.receipts = receipts;
        this.seed = seed;
        data.years().forEach(this::planYear);
    }

    List<Object> commands() {
        return money;
    }

    private void planYear(ZhejiangData.Year plan) {
        int year = plan.year();
        String fund = "ZJ-" + year + "-RECUP";
        long unrestricted = plan.unrestrictedYuan() * YUAN;
        long earmarkTotal = plan.earmarkYuan() * YUAN;
        boolean earmarked = earmarkTotal > 0;
        money.add(new EstablishFundCommand(LEDGER, new FundId(fund), new BodyId(ROOT), year, FundPurpose.RECUPERATION,
                Money.ofFen(unrestricted + earmarkTotal), earmarked ? List.of(new Earmark(EARMARK,
                        Money.ofFen(earmarkTotal), ZhejiangScenario.EARMARK_ELIGIBILITY)) : List.of(),
                plan.established(), "省总本级" + year + "年职工疗休养资金"));
        List<Object> evaluations = new ArrayList<>();
        List<Object> late = new ArrayList<>();

        // Province → cities: 1:1 matching by the end of May.
        LocalDate allocated = LocalDate.of(year, 2, 17);
        LocalDate cityDeadline = LocalDate.of(year, 5, 31);
        List<Long> cityParts = Split.byWeight(unrestricted, cities.stream().map(c -> divisions.weightOf(c.code()))
                .toList(), 1_000 * YUAN);
        List<Long> earmarkParts = earmarked ? Split.byWeight(earmarkTotal, cities.stream()
                .map(c -> divisions.weightOf(c.code()) * data.newFormFactorPercent().get(c.code())).toList(),
                1_000 * YUAN) : null;
        for (int i = 0; i < cities.size(); i++) {
            Division city = cities.get(i);
            long earmarkFen = earmarked ? earmarkParts.get(i) : 0;
            money.add(ProvinceDocuments.document(LEDGER, year, ROOT, i, city, fund, cityParts.get(i), EARMARK,
                    earmarkFen, allocated, cityDeadline));
            receipts.receive(year, city.code(), null, cityParts.get(i));
            if (earmarked) {
                receipts.receive(year, city.code(), EARMARK, earmarkFen);
            }
        }
        for (int i = 0; i < cities.size(); i++) {
            Division city = cities.get(i);
            String document = ProvinceDocuments.id(year, ROOT, city.code());
            long required = cityParts.get(i) + (earmarked ? earmarkParts.get(i) : 0);
            commit(year, city.code(), document, required, cityMatching(year, city.code()),
                    allocated.plusDays(7 + 6L * i), LocalDate.of(year, 8, 11 + i), late);
            evaluations.add(evaluation(document, cityDeadline));
        }

        // Cities → counties, with 50% matching by the end of June (60% of what a city received, split by
        // population): in 2025 Hangzhou passes money on to all its 13 counties and the other cities to their
        // counties that run programmes; in 2024 Hangzhou passes money to 上城区 for its programme. The 2025 earmark
        // goes on to the counties that run programmes (Gongshu: 546,000).
        LocalDate passedOn = LocalDate.of(year, 3, 3);
        LocalDate countyDeadline = LocalDate.of(year, 6, 30);
        List<Division> receivers = new ArrayList<>();
        for (Division city : cities) {
            List<Division> counties = divisions.children(city.code());
            long pool = roundTo(receipts.received(year, city.code(), null) * 6 / 10, TEN_THOUSAND_YUAN);
            List<Long> parts = Split.byWeight(pool, counties.stream().map(Division::weight).toList(), 100 * YUAN);
            for (int j = 0; j < counties.size(); j++) {
                Division county = counties.get(j);
                boolean passedTo = runsProgramme(year, county)
                        || year == 2025 && city.code().equals(ZhejiangScenario.HANGZHOU);
                if (!passedTo) {
                    continue;
                }
                String allocation = "A-" + year + "-" + city.code() + "-" + county.code();
                money.add(cityDocuments.unrestricted(year, city, county, allocation, fund, parts.get(j), passedOn,
                        new MatchingRequirement(5_000, countyDeadline)));
                receipts.receive(year, county.code(), null, parts.get(j));
                receipts.allocatedBy(year, county.code(), allocation);
                receivers.add(county);
            }
            if (earmarked) {
                passOnEarmark(year, fund, city, counties, passedOn);
            }
        }
        for (int j = 0; j < receivers.size(); j++) {
            Division county = receivers.get(j);
            String allocation = receipts.allocationId(year, county.code());
            long required = receipts.received(year, county.code(), null) / 2;
            SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, year * 1_000_000L
                    + Long.parseLong(county.code())));
            boolean programmeCounty = runsProgramme(year, county);
            Matching outcome = programmeCounty ? Matching.ON_TIME : countyMatching(rng.nextInt(100));
            LocalDate onTime = programmeCounty ? LocalDate.of(year, 3, 10 + j % 5)
                    : LocalDate.of(year, 3, 10).plusDays(rng.nextInt(100));
            commit(year, county.code(), allocation, required, outcome, onTime,
                    LocalDate.of(year, 8, 1).plusDays(rng.nextInt(28)), late);
            evaluations.add(evaluation(allocation, countyDeadline));
        }
        money.addAll(evaluations);
        money.addAll(late);
    }

    private boolean runsProgramme(int year, Division county) {
        return data.programmeCounties().getOrDefault(year, Set.of()).contains(county.code());
    }

    /** 80% of a city's earmark goes on to its counties that run 2025 programmes, by population (Gongshu: 546,000). */
    private void passOnEarmark(int year, String fund, Division city, List<Division> counties, LocalDate date) {
        List<Division> receivers = counties.stream().filter(c -> runsProgramme(year, c)).toList();
        if (receivers.isEmpty()) {
            return;
        }
        long pool = roundTo(receipts.received(year, city.code(), EARMARK) * 8 / 10, TEN_THOUSAND_YUAN);
        Map<Division, Long> shares = new LinkedHashMap<>();
        List<Division> others = receivers.stream().filter(c -> !c.code().equals(ZhejiangScenario.GONGSHU)).toList();
        long forOthers = pool;
        if (receivers.stream().anyMatch(c -> c.code().equals(ZhejiangScenario.GONGSHU))) {
            // Gongshu's dedicated new-form trips: 546,000 of the earmark passed on by Hangzhou (docs/trips.md).
            shares.put(divisions.get(ZhejiangScenario.GONGSHU), ZhejiangScenario.GONGSHU_EARMARK.fen());
            forOthers -= ZhejiangScenario.GONGSHU_EARMARK.fen();
        }
        if (!others.isEmpty()) {
            long cityWeight = divisions.weightOf(city.code());
            long othersWeight = others.stream().mapToLong(Division::weight).sum();
            long share = Math.min(forOthers, roundTo(pool * othersWeight / cityWeight, TEN_THOUSAND_YUAN));
            List<Long> parts = Split.byWeight(share, others.stream().map(Division::weight).toList(), 100 * YUAN);
            for (int j = 0; j < others.size(); j++) {
                shares.put(others.get(j), parts.get(j));
            }
        }
        shares.forEach((county, amount) -> {
            money.add(cityDocuments.earmark(year, city, county, "A-" + year + "-" + city.code() + "-"
                    + county.code() + "-NF", fund, EARMARK, amount, date));
            receipts.receive(year, county.code(), EARMARK, amount);
        });
    }

    /**
     * Commits own money towards a document: in full on time, 80% on time (a shortfall), or in full after the
     * deadline (late).
     */
    private void commit(int year, String body, String allocation, long required, Matching outcome, LocalDate onTime,
            LocalDate afterDeadline, List<Object> late) {
        switch (outcome) {
            case ON_TIME -> {
                money.add(ProvinceDocuments.commitment(LEDGER, year, body, 1, allocation, required, onTime));
                receipts.match(year, body, required);
            }
            case SHORTFALL -> {
                long part = roundTo(required * 8 / 10, 100 * YUAN);
                money.add(ProvinceDocuments.commitment(LEDGER, year, body, 1, allocation, part, onTime));
                receipts.match(year, body, part);
            }
            case LATE -> {
                late.add(ProvinceDocuments.commitment(LEDGER, year, body, 2, allocation, required, afterDeadline));
                receipts.match(year, body, required);
            }
        }
    }

    /** The evaluation the deadline scheduler would make once the deadline day has ended (China Standard Time). */
    private static RecordMatchingShortfallCommand evaluation(String allocation, LocalDate deadline) {
        return new RecordMatchingShortfallCommand(LEDGER, new AllocationId(allocation),
                deadline.plusDays(1).atStartOfDay(ZhejiangScenario.CHINA).toInstant());
    }

    private Matching cityMatching(int year, String city) {
        return data.cityMatching().getOrDefault(year, Map.of()).getOrDefault(city, Matching.ON_TIME);
    }

    private static Matching countyMatching(int roll) {
        return roll < 6 ? Matching.LATE : roll < 10 ? Matching.SHORTFALL : Matching.ON_TIME;
    }
}
