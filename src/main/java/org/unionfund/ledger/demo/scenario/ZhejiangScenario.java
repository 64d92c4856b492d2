package org.unionfund.ledger.demo.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorKind;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.RegisterContractorCommand;
import org.unionfund.ledger.recuperation.contractor.api.RegisterDestinationCommand;
import org.unionfund.ledger.demo.DemoScale;
import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.demo.seed.PersonSpec;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/**
 * Zhejiang (330000), modelled on seed report 000: the provincial federation's own recuperation funds of 2023 and
 * 2024 (10,000,000 each) and 2025 (20,000,000, of which 10,000,000 earmarked for non-public and new-form workers),
 * allocated to the 11 cities by population with a 1:1 matching requirement; cities pass money on to their counties
 * with a 50% matching requirement; the 400 and 600 yuan daily standards; Gongshu's 2025 programme of 2,546,000 yuan
 * for 2,500 workers with dedicated trips for 80 SF couriers and 71 Meituan riders and 50 places for other new-form
 * firms; smaller programmes elsewhere. Everything is computed here, deterministically from the seed; nothing is
 * read back from the ledger. With {@link DemoScale#PROVINCE_YEAR} every county also gets a large 2025 programme so
 * that the province-year has about 40,000 trips and 1.5 million person-times.
 */
public final class ZhejiangScenario {

    public static final String ROOT = "330000";
    public static final LedgerId LEDGER = new LedgerId(ROOT);
    public static final String EARMARK = "NONPUB-NEWFORM";
    public static final EarmarkEligibility EARMARK_ELIGIBILITY = new EarmarkEligibility(
            Set.of(EmployerOwnership.NON_PUBLIC, EmployerOwnership.PLATFORM), Set.of(WorkerCategory.NEW_FORM));
    public static final String HANGZHOU = "330100";
    public static final String GONGSHU = "330105";
    public static final String GONGSHU_PROGRAMME = "GS-2025-LIAOXIU";
    public static final Money GONGSHU_BUDGET = Money.ofYuan(2_546_000);
    public static final Money GONGSHU_EARMARK = Money.ofYuan(546_000);
    public static final String SF_TRIP = "GS25-SF";
    public static final String MEITUAN_TRIP = "GS25-MT";
    public static final String OTHER_NEW_FORM_TRIP = "GS25-NF";
    public static final String TRIP_2019 = "YUHANG19-T3-01";
    /** Trips of the province-year benchmark. */
    public static final int PROVINCE_YEAR_TRIPS = 40_000;

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long YUAN = 100;
    private static final int[] YEARS = {2023, 2024, 2025};
    /** Cities' share of the earmark by population × this factor (more platform and express work in the big hubs). */
    private static final Map<String, Integer> NEW_FORM_FACTOR_PERCENT = Map.ofEntries(
            Map.entry("330100", 160), Map.entry("330200", 120), Map.entry("330300", 100), Map.entry("330400", 100),
            Map.entry("330500", 80), Map.entry("330600", 90), Map.entry("330700", 130), Map.entry("330800", 60),
            Map.entry("330900", 60), Map.entry("331000", 90), Map.entry("331100", 60));
    /** Counties whose matching is committed on time before their programme opens. */
    private static final Map<Integer, Set<String>> PROGRAMME_COUNTIES = Map.of(
            2024, Set.of("330102"),
            2025, Set.of("330105", "330106", "330212", "330411", "330782", "331083", "331181", "330902"));

    private enum Matching { ON_TIME, LATE, SHORTFALL }

    private final Divisions divisions;
    private final long seed;
    private final List<Division> cities;
    private final List<Object> setup = new ArrayList<>();
    private final List<Object> money = new ArrayList<>();
    private final List<Object> programmeFunds = new ArrayList<>();
    private final List<ProgrammePlan> programmes = new ArrayList<>();
    private final Map<String, Long> received = new HashMap<>();
    private final Map<String, Long> matched = new HashMap<>();
    private final Map<String, String> allocationIds = new HashMap<>();
    private long nextPerson;

    public ZhejiangScenario(Divisions divisions, long seed, DemoScale scale) {
        this(divisions, seed, scale, PROVINCE_YEAR_TRIPS);
    }

    /** With {@code provinceYearTrips} trips in the province-year's extra programmes (40,000 for the real scale). */
    public ZhejiangScenario(Divisions divisions, long seed, DemoScale scale, int provinceYearTrips) {
        this.divisions = divisions;
        this.seed = seed;
        this.cities = divisions.children(ROOT);
        planSetup();
        planMoney();
        planProgrammes();
        if (scale == DemoScale.PROVINCE_YEAR) {
            planProvinceYear(provinceYearTrips);
        }
    }

    /** The province, its 11 cities and their county-level bodies, parents first. */
    public List<Division> bodies() {
        return divisions.tree(ROOT);
    }

    /** Standards, contractors and destinations. */
    public List<Object> setup() {
        return setup;
    }

    /**
     * Funds, allocations, matching commitments (on time), the matching evaluations at each deadline (sent as
     * {@link RecordMatchingShortfallCommand}), late commitments, then the counties' own programme funds.
     */
    public List<Object> money() {
        List<Object> all = new ArrayList<>(money);
        all.addAll(programmeFunds);
        return all;
    }

    /**
     * Every Zhejiang body's 2023 and 2024 closed on 31 December, after that year's trips: what is left on its fund
     * lines moves to the next year with fund and earmark (结转), so the 2024 and 2025 budgets show carried-over money.
     */
    public List<CloseYearCommand> yearCloses() {
        List<CloseYearCommand> closes = new ArrayList<>();
        for (int year : List.of(2023, 2024)) {
            for (Division body : bodies()) {
                closes.add(new CloseYearCommand(LEDGER, new BodyId(body.code()), year, LocalDate.of(year, 12, 31)));
            }
        }
        return closes;
    }

    public List<ProgrammePlan> programmes() {
        return programmes;
    }

    /** Every trip, by start date. */
    public List<TripPlan> trips() {
        List<TripPlan> trips = new ArrayList<>();
        programmes.forEach(programme -> trips.addAll(programme.trips()));
        trips.sort(Comparator.comparing(TripPlan::start).thenComparing(TripPlan::tripId));
        return trips;
    }

    // ------------------------------------------------------------------------------------------- setup

    private void planSetup() {
        BodyId zhejiang = new BodyId(ROOT);
        setup.add(standard(zhejiang, StandardKind.DAILY_PRICE_CAP, "ZJ-CAP-2015", StandardValue.money(yuan(400)),
                LocalDate.of(2015, 1, 1)));
        setup.add(standard(zhejiang, StandardKind.DAILY_PRICE_CAP, "ZJ-CAP-2020", StandardValue.money(yuan(600)),
                LocalDate.of(2020, 1, 1)));
        setup.add(standard(zhejiang, StandardKind.TRIP_LENGTH_LIMIT, "ZJ-LEN-2015", StandardValue.days(5),
                LocalDate.of(2015, 1, 1)));
        setup.add(standard(zhejiang, StandardKind.PAIRED_REGION_TRIP_LENGTH_LIMIT, "ZJ-PAIRED-2015",
                StandardValue.days(7), LocalDate.of(2015, 1, 1)));
        for (String[] city : new String[][] {{"330100", "HZ"}, {"330200", "NB"}, {"330700", "JH"}}) {
            setup.add(standard(new BodyId(city[0]), StandardKind.ANNUAL_CAP_PER_WORKER, city[1] + "-ANNUAL-2020",
                    StandardValue.money(yuan(3_000)), LocalDate.of(2020, 1, 1)));
        }
        contractor("HZ-TRAVEL-01", "杭州职工国际旅行社", ContractorKind.LICENSED_TRAVEL_AGENCY, "L-ZJ-00123");
        contractor("ZJ-TRAVEL-02", "浙江职工之家旅行社", ContractorKind.LICENSED_TRAVEL_AGENCY, "L-ZJ-00208");
        contractor("NB-TRAVEL-03", "宁波职工旅行社", ContractorKind.LICENSED_TRAVEL_AGENCY, "L-ZJ-00311");
        contractor("JH-TRAVEL-04", "金华职工旅行社", ContractorKind.LICENSED_TRAVEL_AGENCY, "L-ZJ-00417");
        contractor("ANJI-BASE-OP", "安吉职工疗休养基地", ContractorKind.CERTIFIED_BASE, "JD-ZJ-0012");
        destination("ANJI-BASE", "安吉职工疗休养基地", "330523", false);
        destination("QDH-BASE", "千岛湖职工疗休养基地", "330127", false);
        destination("TONGLU-BASE", "桐庐富春江职工疗休养基地", "330122", false);
        destination("TIANTAI-BASE", "天台山职工疗休养基地", "331023", false);
        destination("MOGANSHAN-BASE", "莫干山职工疗休养基地", "330521", false);
        destination("LIANGZHU-SITE", "良渚职工疗休养点", "330110", false);
        destination("LONGQUAN-BASE", "龙泉山海协作职工疗休养基地", "331181", false);
        destination("SHENGSI-BASE", "嵊泗列岛职工疗休养基地", "330922", false);
        destination("PUTUO-BASE", "普陀职工疗休养基地", "330903", false);
        destination("XIANJU-BASE", "神仙居职工疗休养基地", "331024", false);
        destination("YANDANG-BASE", "雁荡山职工疗休养基地", "330382", false);
        destination("XIANGSHAN-SITE", "象山石浦职工疗休养点", "330225", false);
        destination("HENGDIAN-SITE", "东阳横店职工疗休养点", "330783", false);
        destination("AKSU", "阿克苏（对口支援）", "652901", true);
        destination("DELINGHA", "德令哈（对口支援）", "632802", true);
    }

    private static SetStandardCommand standard(BodyId region, StandardKind kind, String id, StandardValue value,
            LocalDate from) {
        return new SetStandardCommand(StandardScheduleId.of(region, kind), new StandardId(id), region, kind, value,
                from, null);
    }

    private void contractor(String id, String name, ContractorKind kind, String licence) {
        setup.add(new RegisterContractorCommand(new ContractorId(id), name, kind, licence));
    }

    private void destination(String id, String name, String region, boolean pairedAid) {
        setup.add(new RegisterDestinationCommand(new DestinationId(id), name, region, pairedAid));
    }

    // ------------------------------------------------------------------------------------------- money

    private void planMoney() {
        for (int year : YEARS) {
            planYear(year);
        }
    }

    private void planYear(int year) {
        String fund = "ZJ-" + year + "-RECUP";
        boolean earmarked = year == 2025;
        long unrestricted = 10_000_000 * YUAN;
        LocalDate established = year == 2023 ? LocalDate.of(2023, 1, 16)
                : year == 2024 ? LocalDate.of(2024, 1, 15) : LocalDate.of(2025, 1, 10);
        money.add(new EstablishFundCommand(LEDGER, new FundId(fund), new BodyId(ROOT), year, FundPurpose.RECUPERATION,
                Money.ofFen(earmarked ? 2 * unrestricted : unrestricted),
                earmarked ? List.of(new Earmark(EARMARK, Money.ofFen(unrestricted), EARMARK_ELIGIBILITY)) : List.of(),
                established, "省总本级" + year + "年职工疗休养资金"));
        List<Object> evaluations = new ArrayList<>();
        List<Object> late = new ArrayList<>();

        // Province → cities: 1:1 matching by the end of May.
        LocalDate allocated = LocalDate.of(year, 2, 17);
        LocalDate cityDeadline = LocalDate.of(year, 5, 31);
        List<Long> cityParts = Split.byWeight(unrestricted, cities.stream().map(c -> divisions.weightOf(c.code()))
                .toList(), 1_000 * YUAN);
        List<Long> earmarkParts = earmarked ? Split.byWeight(unrestricted, cities.stream()
                .map(c -> divisions.weightOf(c.code()) * NEW_FORM_FACTOR_PERCENT.get(c.code())).toList(),
                1_000 * YUAN) : null;
        for (int i = 0; i < cities.size(); i++) {
            Division city = cities.get(i);
            long earmarkFen = earmarked ? earmarkParts.get(i) : 0;
            money.add(ProvinceDocuments.document(LEDGER, year, ROOT, i, city, fund, cityParts.get(i), EARMARK,
                    earmarkFen, allocated, cityDeadline));
            add(received, key(year, city.code(), null), cityParts.get(i));
            if (earmarked) {
                add(received, key(year, city.code(), EARMARK), earmarkFen);
            }
        }
        for (int i = 0; i < cities.size(); i++) {
            Division city = cities.get(i);
            String document = ProvinceDocuments.id(year, ROOT, city.code());
            long required = cityParts.get(i) + (earmarked ? earmarkParts.get(i) : 0);
            commit(year, city.code(), document, required, cityMatching(year, city.code()),
                    allocated.plusDays(7 + 6L * i), LocalDate.of(year, 8, 11 + i), late, true);
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
            long pool = roundTo(received.get(key(year, city.code(), null)) * 6 / 10, 10_000 * YUAN);
            List<Long> parts = Split.byWeight(pool, counties.stream().map(Division::weight).toList(), 100 * YUAN);
            for (int j = 0; j < counties.size(); j++) {
                Division county = counties.get(j);
                boolean passedTo = PROGRAMME_COUNTIES.getOrDefault(year, Set.of()).contains(county.code())
                        || year == 2025 && city.code().equals(HANGZHOU);
                if (!passedTo) {
                    continue;
                }
                String allocation = "A-" + year + "-" + city.code() + "-" + county.code();
                money.add(new AllocateFundsCommand(LEDGER, new AllocationId(allocation), new BodyId(city.code()),
                        new FundId(fund), null, new BodyId(county.code()), Money.ofFen(parts.get(j)), passedOn,
                        new MatchingRequirement(5_000, countyDeadline)));
                add(received, key(year, county.code(), null), parts.get(j));
                allocationIds.put(key(year, county.code(), null), allocation);
                receivers.add(county);
            }
            if (earmarked) {
                passOnEarmark(year, fund, city, counties, passedOn);
            }
        }
        for (int j = 0; j < receivers.size(); j++) {
            Division county = receivers.get(j);
            String allocation = allocationIds.get(key(year, county.code(), null));
            long required = received.get(key(year, county.code(), null)) / 2;
            SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, year * 1_000_000L
                    + Long.parseLong(county.code())));
            boolean programmeCounty = PROGRAMME_COUNTIES.getOrDefault(year, Set.of()).contains(county.code());
            Matching outcome = programmeCounty ? Matching.ON_TIME : countyMatching(rng.nextInt(100));
            LocalDate onTime = programmeCounty ? LocalDate.of(year, 3, 10 + j % 5)
                    : LocalDate.of(year, 3, 10).plusDays(rng.nextInt(100));
            commit(year, county.code(), allocation, required, outcome, onTime,
                    LocalDate.of(year, 8, 1).plusDays(rng.nextInt(28)), late, false);
            evaluations.add(evaluation(allocation, countyDeadline));
        }
        money.addAll(evaluations);
        money.addAll(late);
    }

    /** 80% of a city's earmark goes on to its counties that run 2025 programmes, by population (Gongshu: 546,000). */
    private void passOnEarmark(int year, String fund, Division city, List<Division> counties, LocalDate date) {
        List<Division> receivers = counties.stream()
                .filter(c -> PROGRAMME_COUNTIES.get(year).contains(c.code())).toList();
        if (receivers.isEmpty()) {
            return;
        }
        long pool = roundTo(received.get(key(year, city.code(), EARMARK)) * 8 / 10, 10_000 * YUAN);
        Map<Division, Long> shares = new LinkedHashMap<>();
        List<Division> others = receivers.stream().filter(c -> !c.code().equals(GONGSHU)).toList();
        long forOthers = pool;
        if (receivers.stream().anyMatch(c -> c.code().equals(GONGSHU))) {
            // Gongshu's dedicated new-form trips: 546,000 of the earmark passed on by Hangzhou (docs/trips.md).
            shares.put(divisions.get(GONGSHU), GONGSHU_EARMARK.fen());
            forOthers -= GONGSHU_EARMARK.fen();
        }
        if (!others.isEmpty()) {
            long cityWeight = divisions.weightOf(city.code());
            long othersWeight = others.stream().mapToLong(Division::weight).sum();
            long share = Math.min(forOthers, roundTo(pool * othersWeight / cityWeight, 10_000 * YUAN));
            List<Long> parts = Split.byWeight(share, others.stream().map(Division::weight).toList(), 100 * YUAN);
            for (int j = 0; j < others.size(); j++) {
                shares.put(others.get(j), parts.get(j));
            }
        }
        shares.forEach((county, amount) -> {
            money.add(new AllocateFundsCommand(LEDGER, new AllocationId("A-" + year + "-" + city.code() + "-"
                    + county.code() + "-NF"), new BodyId(city.code()), new FundId(fund), EARMARK,
                    new BodyId(county.code()), Money.ofFen(amount), date, null));
            add(received, key(year, county.code(), EARMARK), amount);
        });
    }

    /** Commits matching: in full on time, 80% on time (a shortfall), or in full after the deadline (late). */
    private void commit(int year, String body, String allocation, long required, Matching outcome, LocalDate onTime,
            LocalDate afterDeadline, List<Object> late, boolean document) {
        switch (outcome) {
            case ON_TIME -> {
                money.add(commitment(year, body, 1, allocation, required, onTime, document));
                add(matched, key(year, body, null), required);
            }
            case SHORTFALL -> {
                long part = roundTo(required * 8 / 10, 100 * YUAN);
                money.add(commitment(year, body, 1, allocation, part, onTime, document));
                add(matched, key(year, body, null), part);
            }
            case LATE -> {
                late.add(commitment(year, body, 2, allocation, required, afterDeadline, document));
                add(matched, key(year, body, null), required);
            }
        }
    }

    /** A city's own money towards the province's document, or a county's commitment against its allocation. */
    private static Object commitment(int year, String body, int n, String allocation, long fen, LocalDate date,
            boolean document) {
        if (document) {
            return ProvinceDocuments.commitment(LEDGER, year, body, n, allocation, fen, date);
        }
        return new CommitMatchingFundsCommand(LEDGER, new CommitmentId("M-" + year + "-" + body + "-" + n),
                new AllocationId(allocation), Money.ofFen(fen), date);
    }

    /** The evaluation the deadline scheduler would make once the deadline day has ended (China Standard Time). */
    private static RecordMatchingShortfallCommand evaluation(String allocation, LocalDate deadline) {
        return new RecordMatchingShortfallCommand(LEDGER, new AllocationId(allocation),
                deadline.plusDays(1).atStartOfDay(CHINA).toInstant());
    }

    /** 舟山 late in 2023 and 2024, 丽水 late in 2024, 衢州 short in 2025; the others on time. */
    private static Matching cityMatching(int year, String city) {
        if (city.equals("330900") && year <= 2024 || city.equals("331100") && year == 2024) {
            return Matching.LATE;
        }
        return city.equals("330800") && year == 2025 ? Matching.SHORTFALL : Matching.ON_TIME;
    }

    private static Matching countyMatching(int roll) {
        return roll < 6 ? Matching.LATE : roll < 10 ? Matching.SHORTFALL : Matching.ON_TIME;
    }

    // ------------------------------------------------------------------------------------------- programmes

    private void planProgrammes() {
        yuhang2019();
        shangcheng2024();
        gongshu2025();
        county2025("330106", "XH", "西湖区2025年一线职工疗休养", Cohort.URBAN_FRONTLINE, "HZ-TRAVEL-01",
                4, 45, 560, List.of("QDH-BASE", "TIANTAI-BASE"), DayOfWeek.WEDNESDAY, LocalDate.of(2025, 4, 16),
                3, 40, 320, List.of("MOGANSHAN-BASE"), DayOfWeek.FRIDAY, LocalDate.of(2025, 5, 9));
        yinzhou2025();
        xiuzhou2025();
        yiwu2025();
        county2025("331083", "YUHUAN", "玉环市2025年一线职工疗休养", Cohort.COUNTY_FRONTLINE, "ZJ-TRAVEL-02",
                2, 40, 520, List.of("YANDANG-BASE", "TIANTAI-BASE"), DayOfWeek.TUESDAY, LocalDate.of(2025, 5, 6),
                1, 45, 280, List.of("TIANTAI-BASE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 8, 14));
        county2025("331181", "LQ", "龙泉市2025年一线职工疗休养", Cohort.COUNTY_FRONTLINE, "ZJ-TRAVEL-02",
                1, 45, 520, List.of("PUTUO-BASE"), DayOfWeek.TUESDAY, LocalDate.of(2025, 6, 3),
                1, 30, 260, List.of("LONGQUAN-BASE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 4, 24));
        county2025("330902", "DH", "定海区2025年一线职工疗休养", Cohort.COUNTY_FRONTLINE, "ZJ-TRAVEL-02",
                1, 40, 520, List.of("LONGQUAN-BASE"), DayOfWeek.TUESDAY, LocalDate.of(2025, 5, 20),
                1, 40, 280, List.of("SHENGSI-BASE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 9, 11));
    }

    /** A 2019 trip, judged by the 400-yuan standard then in force. */
    private void yuhang2019() {
        Division yuhang = divisions.get("330110");
        ProgrammeBuilder p = builder("YUHANG-2019-LIAOXIU", yuhang, 2019, "余杭区2019年一线职工疗休养",
                Cohort.URBAN_FRONTLINE.categories(), List.of(3), FrequencyRule.ONCE_PER_YEAR, null,
                LocalDate.of(2019, 3, 15));
        p.trip("YUHANG19-T3-01", LocalDate.of(2019, 10, 15), 3, 380, Cohort.URBAN_FRONTLINE, 40, 1, 25,
                "HZ-TRAVEL-01", "ANJI-BASE");
        long need = p.plannedCost();
        String fund = "YUHANG-2019-RECUP";
        long own = roundUp(need + need / 10, 10_000 * YUAN);
        programmeFunds.add(ownFund(fund, yuhang, 2019, own, LocalDate.of(2019, 2, 20)));
        p.finish(List.of(new ProgrammeBudgetLine(new FundId(fund), null, Money.ofFen(own))), p.drafts());
    }

    private void shangcheng2024() {
        ProgrammeBuilder p = builder("SC-2024-LIAOXIU", divisions.get("330102"), 2024, "上城区2024年一线职工疗休养",
                Cohort.URBAN_FRONTLINE.categories(), List.of(1, 3), FrequencyRule.ONCE_PER_YEAR, null,
                LocalDate.of(2024, 3, 28));
        regularTrips(p, "SC24-T3", 2, 45, 3, 540, Cohort.URBAN_FRONTLINE, "HZ-TRAVEL-01",
                List.of("ANJI-BASE", "QDH-BASE"), DayOfWeek.TUESDAY, LocalDate.of(2024, 4, 16), 14, true);
        regularTrips(p, "SC24-T1", 2, 40, 1, 280, Cohort.URBAN_FRONTLINE, "HZ-TRAVEL-01",
                List.of("LIANGZHU-SITE"), DayOfWeek.THURSDAY, LocalDate.of(2024, 5, 9), 21, false);
        fundFromReceipts(p, "SC-2024-RECUP", LocalDate.of(2024, 1, 15));
    }

    /**
     * 拱墅区 2025 (seed 000): 2,546,000 yuan for 2,500 frontline workers on 3-day and 1-day trips; dedicated trips
     * for 80 SF couriers and 71 Meituan riders, 50 places for other new-form firms. The budget draws on the
     * earmark received via Hangzhou, the unrestricted money received, Gongshu's matching and its own fund.
     */
    private void gongshu2025() {
        Division gongshu = divisions.get(GONGSHU);
        ProgrammeBuilder p = builder(GONGSHU_PROGRAMME, gongshu, 2025, "拱墅区2025年一线职工疗休养",
                EnumSet.of(WorkerCategory.FRONTLINE, WorkerCategory.NEW_FORM, WorkerCategory.MODEL_WORKER),
                List.of(1, 3), FrequencyRule.ONCE_PER_YEAR, yuan(3_000), LocalDate.of(2025, 3, 24));
        List<Draft> dedicated = List.of(
                p.trip(SF_TRIP, LocalDate.of(2025, 5, 13), 3, 580, Cohort.SF_COURIERS, 80, 0, 0,
                        "HZ-TRAVEL-01", "ANJI-BASE"),
                p.trip(MEITUAN_TRIP, LocalDate.of(2025, 6, 10), 3, 580, Cohort.MEITUAN_RIDERS, 71, 0, 0,
                        "HZ-TRAVEL-01", "QDH-BASE"),
                p.tripWithNoShows(OTHER_NEW_FORM_TRIP, LocalDate.of(2025, 9, 16), 3, 560, Cohort.NEW_FORM_MIX, 50,
                        3, "ZJ-TRAVEL-02", "TONGLU-BASE"));
        List<Draft> regular = new ArrayList<>();
        regular.addAll(regularTrips(p, "GS25-T3", 24, 45, 3, 550, Cohort.URBAN_FRONTLINE, "HZ-TRAVEL-01",
                List.of("ANJI-BASE", "QDH-BASE", "TONGLU-BASE", "TIANTAI-BASE"), DayOfWeek.TUESDAY,
                LocalDate.of(2025, 4, 8), 7, true));
        // 2,299 places in regular trips: 24 × 45 three-day, 27 one-day trips of 45 or 46.
        regular.addAll(regularTrips(p, "GS25-T1", 27, 45, 4, 1, 300, Cohort.URBAN_FRONTLINE, "ZJ-TRAVEL-02",
                List.of("LIANGZHU-SITE", "MOGANSHAN-BASE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 4, 10), 7,
                false));

        String received = key(2025, GONGSHU, null);
        List<ProgrammeBudgetLine> budget = new ArrayList<>();
        budget.add(line("ZJ-2025-RECUP", EARMARK, this.received.get(key(2025, GONGSHU, EARMARK))));
        budget.add(line("ZJ-2025-RECUP", null, this.received.get(received)));
        budget.add(line(allocationIds.get(received), null, matched.get(received)));
        long own = GONGSHU_BUDGET.fen() - budget.stream().mapToLong(l -> l.amount().fen()).sum();
        budget.add(line("GS-2025-RECUP", null, own));
        programmeFunds.add(ownFund("GS-2025-RECUP", gongshu, 2025, own, LocalDate.of(2025, 1, 15)));

        List<Draft> order = new ArrayList<>(dedicated);
        order.addAll(regular);
        Draft fixed = regular.get(7);
        ProgrammePlan plan = p.finish(budget, order, () -> p.reserveOnEarmark(fixed.costFen()));
        TripPlan noShowLater = p.planOf(regular.get(4));
        int absent = firstAttending(noShowLater, person -> true);
        noShowLater.correct(new CorrectionPlan.NoShowFoundLater(noShowLater.tripId() + "-K1", absent,
                "事后核实未实际出行，冲销其费用", noShowLater.settledOn().plusDays(7)));
        TripPlan recategorised = p.planOf(fixed);
        int rider = firstAttending(recategorised, person -> person.category() == WorkerCategory.FRONTLINE
                && !person.nonPublicOrNewForm());
        recategorised.correct(new CorrectionPlan.CategoryFixed(recategorised.tripId() + "-K1", rider,
                WorkerCategory.NEW_FORM, NewFormSubtype.DELIVERY_RIDER, plan.tracker().earmarkedLine(),
                "核实为美团骑手，改由非公和新就业形态专项列支", recategorised.settledOn().plusDays(10)));
    }

    /** 鄞州区: regular trips and a 7-day trip to a paired-aid region (阿克苏) for model workers and craftsmen. */
    private void yinzhou2025() {
        ProgrammeBuilder p = builder("YZ-2025-LIAOXIU", divisions.get("330212"), 2025, "鄞州区2025年职工疗休养",
                Cohort.URBAN_FRONTLINE.categories(), List.of(1, 3, 7), FrequencyRule.ONCE_PER_YEAR, null,
                LocalDate.of(2025, 3, 26));
        regularTrips(p, "YZ25-T3", 3, 45, 3, 540, Cohort.URBAN_FRONTLINE, "NB-TRAVEL-03",
                List.of("PUTUO-BASE", "TIANTAI-BASE"), DayOfWeek.TUESDAY, LocalDate.of(2025, 4, 15), 14, true);
        regularTrips(p, "YZ25-T1", 2, 49, 1, 300, Cohort.URBAN_FRONTLINE, "NB-TRAVEL-03",
                List.of("XIANGSHAN-SITE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 4, 24), 21, false);
        p.trip("YZ25-T7-AKSU", LocalDate.of(2025, 9, 2), 7, 420, Cohort.MODEL_WORKERS, 30, 0, 0, "NB-TRAVEL-03",
                "AKSU");
        fundFromReceipts(p, "YZ-2025-RECUP", LocalDate.of(2025, 1, 15));
    }

    /** 秀洲区: trips to 龙泉 (山海协作, seed 000) and a trip for couriers (德邦 and others). */
    private void xiuzhou2025() {
        ProgrammeBuilder p = builder("XZ-2025-LIAOXIU", divisions.get("330411"), 2025, "秀洲区2025年一线职工疗休养",
                Cohort.COUNTY_FRONTLINE.categories(), List.of(1, 3), FrequencyRule.ONCE_PER_YEAR, null,
                LocalDate.of(2025, 3, 27));
        regularTrips(p, "XZ25-T3", 3, 45, 3, 520, Cohort.COUNTY_FRONTLINE, "ZJ-TRAVEL-02",
                List.of("LONGQUAN-BASE"), DayOfWeek.TUESDAY, LocalDate.of(2025, 4, 22), 14, true);
        p.trip("XZ25-NF", LocalDate.of(2025, 7, 8), 3, 520, Cohort.NEW_FORM_MIX, 40, 0, 25, "ZJ-TRAVEL-02",
                "LONGQUAN-BASE");
        regularTrips(p, "XZ25-T1", 1, 45, 0, 1, 280, Cohort.COUNTY_FRONTLINE, "ZJ-TRAVEL-02",
                List.of("MOGANSHAN-BASE"), DayOfWeek.THURSDAY, LocalDate.of(2025, 5, 15), 28, false);
        fundFromReceipts(p, "XZ-2025-RECUP", LocalDate.of(2025, 1, 15));
    }

    /** 义乌市: one-day trips for logistics and market workers; a worker may go more than once (cap 3,000). */
    private void yiwu2025() {
        Division yiwu = divisions.get("330782");
        ProgrammeBuilder p = builder("YW-2025-LIAOXIU", yiwu, 2025, "义乌市2025年物流和市场一线职工疗休养",
                Cohort.LOGISTICS.categories(), List.of(1), FrequencyRule.UNLIMITED, yuan(3_000),
                LocalDate.of(2025, 3, 28));
        List<Long> earlier = new ArrayList<>();
        LocalDate date = nextOrSame(LocalDate.of(2025, 4, 11), DayOfWeek.FRIDAY);
        for (int i = 0; i < 5; i++) {
            String tripId = "YW25-T1-" + two(i + 1);
            SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, tripId.hashCode()));
            long[] persons = new long[45];
            List<Long> onThisTrip = new ArrayList<>();
            for (int j = 0; j < persons.length; j++) {
                long person;
                if (!earlier.isEmpty() && rng.nextInt(100) < 10) {
                    do {
                        person = earlier.get(rng.nextInt(earlier.size()));
                    } while (onThisTrip.contains(person));
                } else {
                    person = nextPerson++;
                }
                onThisTrip.add(person);
                persons[j] = person;
            }
            earlier.addAll(onThisTrip.stream().filter(x -> !earlier.contains(x)).toList());
            p.tripOf(tripId, date.plusWeeks(2L * i), 1, 300, Cohort.LOGISTICS, persons, 0, noShows(rng, 45, 30),
                    "JH-TRAVEL-04", "HENGDIAN-SITE");
        }
        fundFromReceipts(p, "YW-2025-RECUP", LocalDate.of(2025, 1, 15));
    }

    private void county2025(String code, String prefix, String name, Cohort cohort, String contractor,
            int threeDayTrips, int threeDaySize, long threeDayPrice, List<String> threeDayDestinations,
            DayOfWeek threeDayWeekday, LocalDate threeDayFrom,
            int oneDayTrips, int oneDaySize, long oneDayPrice, List<String> oneDayDestinations,
            DayOfWeek oneDayWeekday, LocalDate oneDayFrom) {
        ProgrammeBuilder p = builder(prefix + "-2025-LIAOXIU", divisions.get(code), 2025, name, cohort.categories(),
                List.of(1, 3), FrequencyRule.ONCE_PER_YEAR, null, LocalDate.of(2025, 3, 25));
        regularTrips(p, prefix + "25-T3", threeDayTrips, threeDaySize, 3, threeDayPrice, cohort, contractor,
                threeDayDestinations, threeDayWeekday, threeDayFrom, 14, true);
        regularTrips(p, prefix + "25-T1", oneDayTrips, oneDaySize, 1, oneDayPrice, cohort, contractor,
                oneDayDestinations, oneDayWeekday, oneDayFrom, 21, false);
        fundFromReceipts(p, prefix + "-2025-RECUP", LocalDate.of(2025, 1, 15));
    }

    /**
     * Budget: the planned cost plus about 8%, drawn first from the earmark the county received (at most half the
     * budget: it pays only for non-public and new-form workers), then from the unrestricted money it received, its
     * matching, and an own fund for the rest.
     */
    private void fundFromReceipts(ProgrammeBuilder p, String ownFund, LocalDate established) {
        int year = p.year;
        String body = p.body.code();
        long budget = roundUp(p.plannedCost() * 108 / 100, 10_000 * YUAN);
        long left = budget;
        List<ProgrammeBudgetLine> lines = new ArrayList<>();
        long earmark = Math.min(received.getOrDefault(key(year, body, EARMARK), 0L),
                roundTo(budget / 2, 10_000 * YUAN));
        if (earmark > 0) {
            lines.add(line("ZJ-" + year + "-RECUP", EARMARK, earmark));
            left -= earmark;
        }
        long unrestricted = Math.min(received.getOrDefault(key(year, body, null), 0L), left);
        if (unrestricted > 0) {
            lines.add(line("ZJ-" + year + "-RECUP", null, unrestricted));
            left -= unrestricted;
        }
        long matching = Math.min(matched.getOrDefault(key(year, body, null), 0L), left);
        if (matching > 0) {
            lines.add(line(allocationIds.get(key(year, body, null)), null, matching));
            left -= matching;
        }
        if (left > 0) {
            long own = roundUp(left, 10_000 * YUAN);
            lines.add(line(ownFund, null, own));
            programmeFunds.add(ownFund(ownFund, p.body, year, own, established));
        }
        p.finish(lines, p.drafts());
    }

    // ------------------------------------------------------------------------------------------- province-year

    /**
     * The benchmark: every county also runs a large 2025 programme from an own fund; 40,000 trips in all (or
     * {@code totalTrips}), split by population, 30–45 workers each (about 1.5 million person-times for 40,000), one
     * day at 280 or three days at 520 yuan.
     */
    private void planProvinceYear(int totalTrips) {
        List<Division> counties = divisions.counties(ROOT);
        if (totalTrips < counties.size()) {
            throw new IllegalArgumentException("the province-year needs at least one trip per county");
        }
        List<Long> tripsPerCounty = Split.byWeight(totalTrips, counties.stream().map(Division::weight)
                .toList(), 1);
        List<String> destinations = List.of("ANJI-BASE", "QDH-BASE", "TONGLU-BASE", "TIANTAI-BASE",
                "MOGANSHAN-BASE", "LONGQUAN-BASE", "SHENGSI-BASE", "PUTUO-BASE", "XIANJU-BASE", "YANDANG-BASE");
        for (int c = 0; c < counties.size(); c++) {
            Division county = counties.get(c);
            String programmeId = "B25-" + county.code();
            ProgrammeBuilder p = builder(programmeId, county, 2025, county.name() + "2025年职工疗休养（规模演示）",
                    Cohort.COUNTY_FRONTLINE.categories(), List.of(1, 3), FrequencyRule.ONCE_PER_YEAR, null,
                    LocalDate.of(2025, 2, 20));
            long trips = tripsPerCounty.get(c);
            for (int k = 0; k < trips; k++) {
                String tripId = programmeId + "-" + String.format("%04d", k + 1);
                SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, tripId.hashCode()));
                int days = rng.nextInt(100) < 55 ? 1 : 3;
                int size = 30 + rng.nextInt(16);
                LocalDate start = weekday(LocalDate.of(2025, 3, 3).plusDays(k * 290L / trips));
                long[] persons = new long[size];
                for (int j = 0; j < size; j++) {
                    persons[j] = nextPerson++;
                }
                p.tripOf(tripId, start, days, days == 1 ? 280 : 520, Cohort.COUNTY_FRONTLINE, persons, 0,
                        noShows(rng, size, 20), k % 2 == 0 ? "HZ-TRAVEL-01" : "ZJ-TRAVEL-02",
                        destinations.get((c + k) % destinations.size()));
            }
            String fund = programmeId + "-FUND";
            long need = p.plannedCost();
            programmeFunds.add(ownFund(fund, county, 2025, need, LocalDate.of(2025, 1, 20)));
            p.finish(List.of(line(fund, null, need)), p.drafts());
        }
    }

    // ------------------------------------------------------------------------------------------- trip planning

    private List<Draft> regularTrips(ProgrammeBuilder p, String prefix, int count, int size, int days, long price,
            Cohort cohort, String contractor, List<String> destinations, DayOfWeek weekday, LocalDate from,
            int everyDays, boolean families) {
        return regularTrips(p, prefix, count, size, 0, days, price, cohort, contractor, destinations, weekday, from,
                everyDays, families);
    }

    /** {@code count} trips of {@code size} workers, the last {@code plusOneForLast} of them one more. */
    private List<Draft> regularTrips(ProgrammeBuilder p, String prefix, int count, int size, int plusOneForLast,
            int days, long price, Cohort cohort, String contractor, List<String> destinations, DayOfWeek weekday,
            LocalDate from, int everyDays, boolean families) {
        List<Draft> drafts = new ArrayList<>();
        LocalDate first = nextOrSame(from, weekday);
        for (int i = 0; i < count; i++) {
            String tripId = prefix + "-" + two(i + 1);
            LocalDate start = first.plusDays((long) everyDays * i);
            if (start.getYear() != p.year) {
                throw new IllegalStateException("trip " + tripId + " would start in " + start.getYear());
            }
            SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, tripId.hashCode()));
            int family = families && rng.nextInt(100) < 35 ? 1 + rng.nextInt(2) : 0;
            int workers = i >= count - plusOneForLast ? size + 1 : size;
            drafts.add(p.trip(tripId, start, days, price, cohort, workers, family, 30, contractor,
                    destinations.get(i % destinations.size())));
        }
        return drafts;
    }

    private ProgrammeBuilder builder(String programmeId, Division body, int year, String name,
            Set<WorkerCategory> categories, List<Integer> tripDays, FrequencyRule rule, Money annualCap,
            LocalDate effectiveDate) {
        Division city = body.level() == UnionBodyLevel.COUNTY
                ? divisions.get(body.parent()) : body;
        ProgrammePlan plan = new ProgrammePlan(programmeId, LEDGER, body, city, year, name, categories, tripDays, rule,
                annualCap, effectiveDate);
        programmes.add(plan);
        return new ProgrammeBuilder(plan);
    }

    /** A trip's shape before the budget is known: dates, people, who will not show up. */
    record Draft(String tripId, LocalDate start, int days, long priceYuan, Cohort cohort, long[] persons, int family,
            boolean[] noShow, String contractor, String destination) {

        long costFen() {
            return priceYuan * YUAN * days;
        }

        long attendingCostFen() {
            long attending = 0;
            for (boolean absent : noShow) {
                attending += absent ? 0 : 1;
            }
            return attending * costFen();
        }
    }

    /** Collects a programme's trips, then fixes its budget and which line pays for whom. */
    final class ProgrammeBuilder {

        private final ProgrammePlan plan;
        private final Division body;
        private final int year;
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, TripPlan> plans = new HashMap<>();

        ProgrammeBuilder(ProgrammePlan plan) {
            this.plan = plan;
            this.body = plan.body();
            this.year = plan.year();
        }

        Draft trip(String tripId, LocalDate start, int days, long price, Cohort cohort, int workers, int family,
                int noShowPermille, String contractor, String destination) {
            SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, tripId.hashCode() * 7L));
            long[] persons = new long[workers];
            for (int j = 0; j < workers; j++) {
                persons[j] = nextPerson++;
            }
            return tripOf(tripId, start, days, price, cohort, persons, family, noShows(rng, workers, noShowPermille),
                    contractor, destination);
        }

        Draft tripWithNoShows(String tripId, LocalDate start, int days, long price, Cohort cohort, int workers,
                int noShows, String contractor, String destination) {
            long[] persons = new long[workers];
            for (int j = 0; j < workers; j++) {
                persons[j] = nextPerson++;
            }
            boolean[] absent = new boolean[workers];
            SplittableRandom rng = new SplittableRandom(Cohort.mix(seed, tripId.hashCode() * 7L));
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
                throw new IllegalStateException(tripId + ": the programme does not admit every category of "
                        + cohort);
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

        ProgrammePlan finish(List<ProgrammeBudgetLine> budget, List<Draft> order) {
            return finish(budget, order, () -> { });
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
                TripPlan trip = assign(draft);
                plans.put(draft.tripId(), trip);
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
                PersonSpec person = draft.cohort().person(seed, draft.persons()[j], body, plan.city());
                lines[j] = plan.tracker().assign(person, draft.costFen());
                used.merge(lines[j], 1, Integer::sum);
            }
            ProgrammeLine defaultLine = used.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException(draft.tripId()
                            + ": nobody attends"));
            LocalDate settled = draft.start().plusDays(draft.days() + 5L);
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            return new TripPlan(draft.tripId(), plan, draft.contractor(), draft.destination(), draft.start(),
                    draft.days(), Money.ofYuan(draft.priceYuan()), draft.cohort(), draft.persons(), draft.family(),
                    draft.noShow(), lines, defaultLine, settled.isAfter(yearEnd) ? yearEnd : settled);
        }
    }

    private int firstAttending(TripPlan trip, Predicate<PersonSpec> fits) {
        for (int j = 0; j < trip.workers(); j++) {
            if (!trip.noShow(j) && fits.test(trip.cohort().person(seed, trip.person(j), trip.programme().body(),
                    trip.programme().city()))) {
                return j;
            }
        }
        throw new IllegalStateException(trip.tripId() + ": no attending worker fits the planned correction");
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static boolean[] noShows(SplittableRandom rng, int workers, int permille) {
        boolean[] absent = new boolean[workers];
        for (int j = 0; j < workers; j++) {
            absent[j] = rng.nextInt(1000) < permille;
        }
        return absent;
    }

    private static EstablishFundCommand ownFund(String fund, Division body, int year, long fen, LocalDate date) {
        return new EstablishFundCommand(LEDGER, new FundId(fund), new BodyId(body.code()), year,
                FundPurpose.RECUPERATION, Money.ofFen(fen), List.of(), date, body.name() + year + "年职工疗休养资金");
    }

    private static ProgrammeBudgetLine line(String fund, String earmark, long fen) {
        return new ProgrammeBudgetLine(new FundId(fund), earmark, Money.ofFen(fen));
    }

    private static String key(int year, String body, String earmark) {
        return year + "|" + body + "|" + (earmark == null ? "" : earmark);
    }

    private static void add(Map<String, Long> totals, String key, long fen) {
        totals.merge(key, fen, Long::sum);
    }

    private static long roundTo(long fen, long unit) {
        return Math.round((double) fen / unit) * unit;
    }

    private static long roundUp(long fen, long unit) {
        return (fen + unit - 1) / unit * unit;
    }

    private static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static LocalDate nextOrSame(LocalDate date, DayOfWeek day) {
        return date.with(TemporalAdjusters.nextOrSame(day));
    }

    private static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
