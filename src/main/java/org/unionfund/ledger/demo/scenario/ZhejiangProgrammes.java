package org.unionfund.ledger.demo.scenario;

import static org.unionfund.ledger.demo.scenario.PlanMath.TEN_THOUSAND_YUAN;
import static org.unionfund.ledger.demo.scenario.PlanMath.line;
import static org.unionfund.ledger.demo.scenario.PlanMath.roundTo;
import static org.unionfund.ledger.demo.scenario.PlanMath.roundUp;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.EARMARK;
import static org.unionfund.ledger.demo.scenario.ZhejiangScenario.LEDGER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;

/**
 * The programmes of the plan, in the order of {@code demo/zhejiang.json}, and the counties' own funds that top up
 * their budgets. Programmes planned in code ({@link GongshuProgramme}, {@link ProvinceYearPlan}) come through
 * {@link #builder} too.
 */
final class ZhejiangProgrammes {

    private final Divisions divisions;
    private final Receipts receipts;
    private final People people;
    private final List<ProgrammePlan> programmes = new ArrayList<>();
    private final List<Object> ownFunds = new ArrayList<>();

    ZhejiangProgrammes(Divisions divisions, Receipts receipts, People people) {
        this.divisions = divisions;
        this.receipts = receipts;
        this.people = people;
    }

    List<ProgrammePlan> programmes() {
        return programmes;
    }

    /** The funds the bodies establish themselves for their programmes, in planning order. */
    List<Object> ownFunds() {
        return ownFunds;
    }

    Division body(String code) {
        return divisions.get(code);
    }

    People people() {
        return people;
    }

    Receipts receipts() {
        return receipts;
    }

    void plan(ZhejiangData.Programme data) {
        Division body = divisions.get(data.body());
        ProgrammeBuilder p = builder(data.id(), body, data.year(), data.name(), data.categoriesOf().categories(),
                data.tripDays(), data.rule(), data.annualCapYuan() == null ? null : Money.ofYuan(data.annualCapYuan()),
                data.effective());
        data.trips().forEach(trips -> TripSeries.plan(p, people, trips));
        switch (data.funding()) {
            case RECEIPTS -> fundFromReceipts(p, data.fund(), data.fundEstablished());
            case OWN_FUND_PLUS_TEN_PERCENT -> {
                long need = p.plannedCost();
                long own = roundUp(need + need / 10, TEN_THOUSAND_YUAN);
                ownFund(data.fund(), body, data.year(), own, data.fundEstablished());
                p.finish(List.of(line(data.fund(), null, own)));
            }
        }
    }

    ProgrammeBuilder builder(String programmeId, Division body, int year, String name,
            Set<WorkerCategory> categories, List<Integer> tripDays, FrequencyRule rule, Money annualCap,
            LocalDate effectiveDate) {
        Division city = body.level() == UnionBodyLevel.COUNTY ? divisions.get(body.parent()) : body;
        ProgrammePlan plan = new ProgrammePlan(programmeId, LEDGER, body, city, year, name, categories, tripDays, rule,
                annualCap, effectiveDate);
        programmes.add(plan);
        return new ProgrammeBuilder(plan, people);
    }

    void ownFund(String fund, Division body, int year, long fen, LocalDate established) {
        ownFunds.add(PlanMath.ownFund(LEDGER, fund, body, year, fen, established));
    }

    /**
     * Budget: the planned cost plus about 8%, drawn first from the earmark the county received (at most half the
     * budget: it pays only for non-public and new-form workers), then from the unrestricted money it received, its
     * matching, and an own fund for the rest.
     */
    private void fundFromReceipts(ProgrammeBuilder p, String ownFund, LocalDate established) {
        int year = p.plan().year();
        String body = p.plan().body().code();
        long budget = roundUp(p.plannedCost() * 108 / 100, TEN_THOUSAND_YUAN);
        long left = budget;
        List<ProgrammeBudgetLine> lines = new ArrayList<>();
        long earmark = Math.min(receipts.receivedOrZero(year, body, EARMARK), roundTo(budget / 2, TEN_THOUSAND_YUAN));
        if (earmark > 0) {
            lines.add(line("ZJ-" + year + "-RECUP", EARMARK, earmark));
            left -= earmark;
        }
        long unrestricted = Math.min(receipts.receivedOrZero(year, body, null), left);
        if (unrestricted > 0) {
            lines.add(line("ZJ-" + year + "-RECUP", null, unrestricted));
            left -= unrestricted;
        }
        long matching = Math.min(receipts.matchedOrZero(year, body), left);
        if (matching > 0) {
            lines.add(line("OWN-" + body + "-" + year, null, matching));
            left -= matching;
        }
        if (left > 0) {
            long own = roundUp(left, TEN_THOUSAND_YUAN);
            lines.add(line(ownFund, null, own));
            ownFund(ownFund, p.plan().body(), year, own, established);
        }
        p.finish(lines);
    }
}
