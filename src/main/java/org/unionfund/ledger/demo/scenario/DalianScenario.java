package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.kernel.Money;

/**
 * Dalian (210200), seed report 000: union social workers' pay (薪酬保障等费用) is borne 50% by the city federation
 * and 50% by the district federation. 185 social workers (the seed's figure; here spread over the ten county-level
 * unions registered) paid in 2025, settled quarterly: each quarter and district one shared-cost posting in
 * which the city and the district pay exactly half each. Monthly cost per worker (pay, allowances, social insurance
 * and housing fund): an assumption, 7,800 yuan in the urban districts and 7,200 elsewhere.
 */
public final class DalianScenario {

    public static final String ROOT = "210200";
    public static final LedgerId LEDGER = new LedgerId(ROOT);
    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2025;
    public static final String EXPENSE_CATEGORY = "SOCIAL_WORKER_PAY";

    /** Social workers per district union; 185 in all. */
    static final Map<String, Integer> SOCIAL_WORKERS = Map.of("210202", 16, "210203", 14, "210204", 17,
            "210211", 30, "210212", 15, "210213", 28, "210214", 16, "210224", 6, "210281", 22, "210283", 21);
    private static final List<String> URBAN = List.of("210202", "210203", "210204", "210211");

    private final Divisions divisions;

    public DalianScenario(Divisions divisions) {
        this.divisions = divisions;
        if (SOCIAL_WORKERS.values().stream().mapToInt(Integer::intValue).sum() != 185) {
            throw new IllegalStateException("Dalian has 185 union social workers");
        }
    }

    public List<Division> bodies() {
        return divisions.tree(ROOT);
    }

    public List<Object> money() {
        List<Division> districts = divisions.children(ROOT);
        BodyId dalian = new BodyId(ROOT);
        List<Object> commands = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            FundId cityFund = new FundId("DL-" + year + "-SW");
            long cityHalf = districts.stream().mapToLong(d -> 12 * halfMonth(d)).sum();
            commands.add(new EstablishFundCommand(LEDGER, cityFund, dalian, year, FundPurpose.SOCIAL_WORKER_PAY,
                    Money.ofFen(cityHalf), List.of(), LocalDate.of(year, 1, 5), "市总本级" + year + "年社区工作者薪酬资金"));
            for (Division district : districts) {
                commands.add(new EstablishFundCommand(LEDGER, districtFund(district, year),
                        new BodyId(district.code()), year, FundPurpose.SOCIAL_WORKER_PAY,
                        Money.ofFen(12 * halfMonth(district)), List.of(), LocalDate.of(year, 1, 10),
                        district.name() + year + "年社区工作者薪酬资金"));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate settled = YearMonth.of(year, quarter * 3).atEndOfMonth();
                for (Division district : districts) {
                    Money half = Money.ofFen(3 * halfMonth(district));
                    commands.add(new PostSharedCostCommand(LEDGER, new PostingId(String.format("SW-%dQ%d-%s", year,
                            quarter, district.code())), String.format("%s工会社工薪酬 %d年第%d季度（%d名，市、区各承担50%%）",
                            district.name(), year, quarter, SOCIAL_WORKERS.get(district.code())), EXPENSE_CATEGORY,
                            settled, List.of(new SharedCostShare(dalian, cityFund, null, half),
                                    new SharedCostShare(new BodyId(district.code()),
                                            districtFund(district, year), null, half))));
                }
            }
        }
        return commands;
    }

    private static FundId districtFund(Division district, int year) {
        return new FundId(district.code() + "-" + year + "-SW");
    }

    /** Half a month's pay of the district's social workers, in fen. */
    private static long halfMonth(Division district) {
        long perWorker = URBAN.contains(district.code()) ? 7_800 : 7_200;
        return SOCIAL_WORKERS.get(district.code()) * perWorker * 100 / 2;
    }
}
