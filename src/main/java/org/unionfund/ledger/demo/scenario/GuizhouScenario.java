package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.funds.api.SubsidyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.Money;

/**
 * Guizhou (520000), seed report 002: "2022年~2025年，省总本级将每年安排资金500万元，继续对已脱贫摘帽的县级总工会实行
 * 定额补助政策" — 5,000,000 a year in fixed subsidies to county unions of counties that left poverty (here ten of
 * them, 500,000 each, one posting per year), and the 50,000,000 budgeted in 2023 to strengthen county unions
 * (县级工会加强年).
 */
public final class GuizhouScenario {

    public static final String ROOT = "520000";
    public static final LedgerId LEDGER = new LedgerId(ROOT);
    public static final Money YEARLY = Money.ofYuan(5_000_000);
    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2025;

    private final Divisions divisions;

    public GuizhouScenario(Divisions divisions) {
        this.divisions = divisions;
    }

    public List<Division> bodies() {
        return divisions.tree(ROOT);
    }

    public List<Object> money() {
        List<Division> counties = bodies().stream().filter(d -> d.level() == UnionBodyLevel.COUNTY).toList();
        Money each = Money.ofFen(YEARLY.fen() / counties.size());
        if (each.fen() * counties.size() != YEARLY.fen()) {
            throw new IllegalStateException("the yearly subsidy must split evenly over the county unions");
        }
        BodyId guizhou = new BodyId(ROOT);
        List<Object> commands = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            FundId fund = new FundId("GZ-" + year + "-FIXED");
            commands.add(new EstablishFundCommand(LEDGER, fund, guizhou, year, FundPurpose.FIXED_SUBSIDY, YEARLY,
                    List.of(), LocalDate.of(year, 3, 1), "省总本级" + year + "年县级工会定额补助资金"));
            commands.add(new GrantFixedSubsidiesCommand(LEDGER, new SubsidyId("S-GZ-" + year), guizhou, fund, null,
                    year, counties.stream().map(c -> new SubsidyGrant(new BodyId(c.code()), each)).toList(),
                    LocalDate.of(year, 4, 15)));
        }
        commands.add(new EstablishFundCommand(LEDGER, new FundId("GZ-2023-COUNTY-UNIONS"), guizhou, 2023,
                new FundPurpose("COUNTY_UNION_STRENGTHENING"), Money.ofYuan(50_000_000), List.of(),
                LocalDate.of(2023, 3, 30), "2023年县级工会建设专项资金"));
        return commands;
    }
}
