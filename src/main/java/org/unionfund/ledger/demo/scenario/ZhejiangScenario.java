package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.RegisterContractorCommand;
import org.unionfund.ledger.recuperation.contractor.api.RegisterDestinationCommand;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;

/**
 * Zhejiang (330000), modelled on seed report 000: the provincial federation's own recuperation funds of 2023 and
 * 2024 (10,000,000 each) and 2025 (20,000,000, of which 10,000,000 earmarked for non-public and new-form workers),
 * allocated to the 11 cities by population with a 1:1 matching requirement; cities pass money on to their counties
 * with a 50% matching requirement; the 400 and 600 yuan daily standards; Gongshu's 2025 programme of 2,546,000 yuan
 * for 2,500 workers with dedicated trips for 80 SF couriers and 71 Meituan riders and 50 places for other new-form
 * firms; smaller programmes elsewhere. The facts are data ({@code demo/zhejiang.json}, {@link ZhejiangData}); the
 * splits, budgets and people are computed here, deterministically from the seed; nothing is read back from the
 * ledger. With {@link DemoScale#PROVINCE_YEAR} every county also gets a large 2025 programme so that the
 * province-year has about 40,000 trips and 1.5 million person-times.
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
    /** The entry of {@code programmes} in the data that stands for {@link GongshuProgramme}. */
    private static final String GONGSHU_IN_DATA = "GONGSHU";

    private final Divisions divisions;
    private final ZhejiangData data;
    private final List<Object> money;
    private final ZhejiangProgrammes programmes;

    public ZhejiangScenario(Divisions divisions, long seed, DemoScale scale) {
        this(divisions, seed, scale, PROVINCE_YEAR_TRIPS);
    }

    /** With {@code provinceYearTrips} trips in the province-year's extra programmes (40,000 for the real scale). */
    public ZhejiangScenario(Divisions divisions, long seed, DemoScale scale, int provinceYearTrips) {
        this.divisions = divisions;
        this.data = ZhejiangData.load();
        Receipts receipts = new Receipts();
        this.money = new ZhejiangMoney(divisions, data, receipts, seed).commands();
        this.programmes = new ZhejiangProgrammes(divisions, receipts, new People(seed));
        for (ZhejiangData.Programme programme : data.programmes()) {
            if (programme.id().equals(GONGSHU_IN_DATA)) {
                GongshuProgramme.plan(programmes);
            } else {
                programmes.plan(programme);
            }
        }
        if (scale == DemoScale.PROVINCE_YEAR) {
            ProvinceYearPlan.plan(programmes, divisions, data.provinceYearDestinations(), provinceYearTrips);
        }
    }

    /** The province, its 11 cities and their county-level bodies, parents first. */
    public List<Division> bodies() {
        return divisions.tree(ROOT);
    }

    /** Standards, contractors and destinations. */
    public List<Object> setup() {
        List<Object> setup = new ArrayList<>();
        for (ZhejiangData.Standard s : data.standards()) {
            BodyId region = new BodyId(s.region());
            StandardValue value = s.yuan() != null ? StandardValue.money(Money.ofYuan(s.yuan()))
                    : StandardValue.days(s.days());
            setup.add(new SetStandardCommand(StandardScheduleId.of(region, s.kind()), new StandardId(s.id()), region,
                    s.kind(), value, s.from(), null));
        }
        data.contractors().forEach(c -> setup.add(new RegisterContractorCommand(new ContractorId(c.id()), c.name(),
                c.kind(), c.licence())));
        data.destinations().forEach(d -> setup.add(new RegisterDestinationCommand(new DestinationId(d.id()),
                d.name(), d.region(), d.pairedAid())));
        return setup;
    }

    /**
     * Funds, allocations, matching commitments (on time), the matching evaluations at each deadline (sent as
     * {@link RecordMatchingShortfallCommand}), late commitments, then the counties' own programme funds.
     */
    public List<Object> money() {
        List<Object> all = new ArrayList<>(money);
        all.addAll(programmes.ownFunds());
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
        return programmes.programmes();
    }

    /** Every trip, by start date. */
    public List<TripPlan> trips() {
        List<TripPlan> trips = new ArrayList<>();
        programmes().forEach(programme -> trips.addAll(programme.trips()));
        trips.sort(Comparator.comparing(TripPlan::start).thenComparing(TripPlan::tripId));
        return trips;
    }
}
