package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;

/** The 合并校验 table of a yearly report: consolidated figures against the sum of their parts. */
final class ConsolidationTable {

    private ConsolidationTable() {
    }

    /**
     * The consolidated figures of the subtree against the sum of its parts (the body's own view and each child's
     * consolidated view): budget, spend and own funds add up because every transfer between two parts is received
     * by one and allocated down by the other; person-times and trip spend add up by construction; internal
     * transfers net to zero; trip spend (coverage) equals programme spend (budget) because both are the settled
     * charges of the programmes.
     */
    static Table of(CoverageQueries.Figures coverage, CoverageQueries.Breakdown regions,
            BudgetQueries.BudgetView budget, BudgetQueries.BudgetView own, List<BudgetQueries.BudgetView> children) {
        Table.Builder table = new Table.Builder("consolidation", "合并校验", Column.text("check", "校验项代码"),
                Column.text("label", "校验项"), Column.mixed("consolidated", "合并数"),
                Column.mixed("comparedWith", "对照数"), Column.mixed("difference", "差额"),
                Column.bool("balanced", "是否相符"), Column.text("comparison", "对照口径"));
        List<BudgetQueries.BudgetView> parts = new ArrayList<>();
        parts.add(own);
        parts.addAll(children);
        amountCheck(table, "budget", "可用预算", Amount.of(budget.totals().budget()),
                sum(parts, v -> Amount.of(v.totals().budget())), "本级预算＋各下级合并预算");
        amountCheck(table, "spent", "结算支出", Amount.of(budget.totals().spent()),
                sum(parts, v -> Amount.of(v.totals().spent())), "本级支出＋各下级合并支出");
        amountCheck(table, "ownFunds", "自有资金投入", HeadlineIndicators.ownFunds(budget), sum(parts, HeadlineIndicators::ownFunds),
                "本级＋各下级自有资金");
        BudgetQueries.InternalTransfers internal = budget.internalTransfers();
        if (internal != null) {
            amountCheck(table, "internalTransfers", "区域内部补助往来（下拨与收到相抵）", Amount.of(internal.sent()),
                    Amount.of(internal.received()), "区域内收到补助");
        }
        long personTimes = 0;
        Amount tripSpend = Amount.ZERO;
        for (CoverageQueries.Item item : regions.items()) {
            personTimes += item.personTimes();
            tripSpend = tripSpend.plus(Amount.of(item.spend()));
        }
        table.row("personTimes", "参加人次", coverage.personTimes(), personTimes,
                coverage.personTimes() - personTimes, coverage.personTimes() == personTimes, "本级＋各下级人次");
        amountCheck(table, "tripSpend", "疗休养结算支出", Amount.of(coverage.spend()), tripSpend,
                "本级＋各下级疗休养支出");
        amountCheck(table, "tripSpendVsProgrammes", "疗休养结算支出与项目支出核对", Amount.of(coverage.spend()),
                Amount.of(budget.totals().spentProgrammes()), "预算口径项目支出");
        return table.build();
    }

    private static void amountCheck(Table.Builder table, String key, String label, Amount consolidated,
            Amount compared, String comparison) {
        Amount difference = consolidated.minus(compared);
        table.row(key, label, consolidated, compared, difference, difference.isZero(), comparison);
    }

    private static Amount sum(List<BudgetQueries.BudgetView> views,
            Function<BudgetQueries.BudgetView, Amount> figure) {
        Amount sum = Amount.ZERO;
        for (BudgetQueries.BudgetView view : views) {
            sum = sum.plus(figure.apply(view));
        }
        return sum;
    }
}
