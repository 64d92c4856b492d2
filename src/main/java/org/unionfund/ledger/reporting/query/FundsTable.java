package org.unionfund.ledger.reporting.query;

import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.budget.BudgetQueries.BudgetFigures;

/** The report's fund lines (资金线): per line of the consolidated budget its flows, totalled by the region's. */
final class FundsTable {

    private static final FigureColumns<BudgetFigures> FIGURES = new FigureColumns<BudgetFigures>()
            .amount("established", "设立资金", BudgetFigures::established)
            .amount("received", "上级补助收入", BudgetFigures::received)
            .amount("matched", "配套资金", BudgetFigures::matched)
            .amount("carriedIn", "上年结转", BudgetFigures::carriedIn)
            .amount("allocatedDown", "补助下级支出", BudgetFigures::allocatedDown)
            .amount("budget", "可用预算", BudgetFigures::budget)
            .amount("toProgrammes", "安排项目预算", BudgetFigures::toProgrammes)
            .amount("spent", "结算支出", BudgetFigures::spent)
            .amount("reversed", "更正冲回", BudgetFigures::reversed)
            .amount("carriedOut", "结转下年", BudgetFigures::carriedOut)
            .amount("available", "结余", BudgetFigures::available)
            .ratio("executionRate", "执行率", BudgetFigures::executionRate);

    private FundsTable() {
    }

    static Table of(BudgetQueries.BudgetView budget) {
        Table.Builder table = new Table.Builder("funds", "资金线", FIGURES.after(Column.text("fundName", "资金"),
                Column.text("fund", "资金代码"), Column.text("earmark", "专项")));
        for (BudgetQueries.Line line : budget.lines()) {
            table.row(FIGURES.row(line.figures(), line.fundName(), line.fund(), line.earmark()));
        }
        Table lines = table.build();
        return lines.rows().isEmpty() ? lines : lines.withTotal(FIGURES.cells(budget.totals()));
    }
}
