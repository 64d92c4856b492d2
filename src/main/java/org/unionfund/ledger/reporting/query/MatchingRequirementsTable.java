package org.unionfund.ledger.reporting.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.Table;

/**
 * The report's matching table (资金配套): one row per requirement received in the region, named as staff name it —
 * the document's 文号 (an allocation without a document shows its id there) and title, the sender's and receiver's
 * names, the funds' names — then its figures, the 6-digit ratio, the current (revised) outcome and the revisions,
 * and last the codes (allocation id, ledger, bodies, funds) for those who need them. Column keys never change.
 */
final class MatchingRequirementsTable {

    private MatchingRequirementsTable() {
    }

    static Table of(List<MatchingQueries.AllocationView> allocations) {
        Table.Builder table = new Table.Builder("matching", "资金配套", Column.text("documentNumber", "文号"),
                Column.text("title", "文件名称"), Column.text("fromName", "拨出单位"), Column.text("toName", "接收单位"),
                Column.text("fundName", "资金"), Column.text("earmark", "专项"),
                Column.text("effectiveDate", "拨付日期"), Column.amount("allocated", "补助金额"),
                Column.ratio("ratio", "配套比例"), Column.amount("required", "应配套"),
                Column.text("deadline", "截止日期"), Column.amount("committedByDeadline", "按期到位"),
                Column.amount("committedLate", "逾期到位"), Column.ratio("matchingRatio", "配套率"),
                Column.amount("outstanding", "尚未到位"), Column.text("status", "状态代码"),
                Column.text("statusLabel", "状态"), Column.amount("shortfall", "记录缺口"),
                Column.text("scope", "配套范围"), Column.ratio("achievedRatio", "配套率（六位有效数字）"),
                Column.text("outcome", "结果代码"), Column.text("outcomeLabel", "结果"),
                Column.integer("revisions", "修订次数"), Column.amount("firstShortfall", "首次评估缺口"),
                Column.text("allocationId", "补助编号"), Column.text("ledgerId", "账本"),
                Column.text("fromBodyId", "拨出单位代码"), Column.text("toBodyId", "接收单位代码"),
                Column.text("fundId", "资金代码"));
        for (MatchingQueries.AllocationView a : allocations) {
            String outcome = a.outcome() == null ? a.status() : a.outcome();
            table.row(a.documentNumber() == null ? a.allocationId() : a.documentNumber(), a.title(), a.fromName(),
                    a.toName(), funds(a, a.fundName(), MatchingQueries.LineView::fundName), a.earmark(),
                    a.effectiveDate(), Amount.of(a.allocated()),
                    new Ratio(BigDecimal.valueOf(a.ratioBasisPoints(), 4), true), Amount.of(a.required()),
                    a.deadline(), Amount.of(a.committedByDeadline()), Amount.of(a.committedLate()),
                    Ratio.rate(a.matchingRatio()), Amount.of(a.outstanding()), a.status(),
                    ReportLabels.MATCHING_STATUS.of(a.status()), Amount.of(a.shortfall()), a.scope(),
                    Ratio.rate(a.ratio()), outcome, ReportLabels.MATCHING_STATUS.of(outcome), (long) a.revisions(),
                    Amount.of(a.firstShortfall()), a.allocationId(), a.ledgerId(), a.fromBodyId(), a.toBodyId(),
                    funds(a, a.fundId(), MatchingQueries.LineView::fundId));
        }
        return table.build();
    }

    /** A document's line funds (each once, in line order, joined by 、); an allocation without lines its fund. */
    private static String funds(MatchingQueries.AllocationView a, String fund,
            Function<MatchingQueries.LineView, String> ofLine) {
        if (a.lines() == null || a.lines().isEmpty()) {
            return fund;
        }
        return a.lines().stream().map(ofLine).filter(Objects::nonNull).distinct().collect(Collectors.joining("、"));
    }
}
