package org.unionfund.ledger.reporting.render;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

/**
 * The report's identity and basis as (key, Chinese label, value) rows: the CSV {@code report.csv}, XLSX 说明; and a
 * table's rows with its 合计 row as the tabular formats print them.
 */
final class ReportRows {

    record Row(String key, String label, Object value) {
    }

    private ReportRows() {
    }

    static List<Row> of(YearlyReport report) {
        ReportBasis b = report.basis();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("report", "报告", YearlyReport.KIND));
        rows.add(new Row("schema", "格式版本", (long) YearlyReport.SCHEMA));
        rows.add(new Row("year", "年度", (long) report.year()));
        rows.add(new Row("body.id", "单位代码", report.body().id()));
        rows.add(new Row("body.name", "单位", report.body().name()));
        rows.add(new Row("body.level", "层级", ReportLabels.LEVEL.of(report.body().level())));
        rows.add(new Row("body.subtree", "范围", "本级及所属各级工会（合并口径）"));
        rows.add(new Row("basis.source", "数据来源", b.source()));
        rows.add(new Row("basis.asOf", "截至（请求）", b.asOf()));
        rows.add(new Row("basis.sequence", "全局序号", b.sequence()));
        rows.add(new Row("basis.recordedAt", "记录时间", b.recordedAt()));
        rows.add(new Row("basis.caughtUp", "读模型已追平日志", b.caughtUp()));
        rows.add(new Row("basis.checkpoint.number", "审计检查点编号",
                b.checkpoint() == null ? null : b.checkpoint().number()));
        rows.add(new Row("basis.checkpoint.from", "检查点起始序号",
                b.checkpoint() == null ? null : b.checkpoint().from()));
        rows.add(new Row("basis.checkpoint.to", "检查点截止序号", b.checkpoint() == null ? null : b.checkpoint().to()));
        rows.add(new Row("basis.checkpoint.hash", "检查点摘要（SHA-256）",
                b.checkpoint() == null ? null : b.checkpoint().hash()));
        rows.add(new Row("basis.checkpoint.scheme", "摘要方案", b.checkpoint() == null ? null : b.checkpoint().scheme()));
        rows.add(new Row("basis.tail.from", "未封存提交起始序号", b.tail() == null ? null : b.tail().from()));
        rows.add(new Row("basis.tail.to", "未封存提交截止序号", b.tail() == null ? null : b.tail().to()));
        rows.add(new Row("basis.tail.commits", "未封存提交数", b.tail() == null ? null : b.tail().commits()));
        rows.add(new Row("basis.tail.sha256", "未封存提交摘要", b.tail() == null ? null : b.tail().sha256()));
        for (int i = 0; i < report.summary().size(); i++) {
            rows.add(new Row("summary." + (i + 1), "概述" + (i + 1), report.summary().get(i)));
        }
        return rows;
    }

    /** The table's rows followed by its 合计 row, if it has one: how every tabular format prints a table. */
    static List<List<Object>> withTotal(Table table) {
        if (table.total() == null) {
            return table.rows();
        }
        List<List<Object>> all = new ArrayList<>(table.rows());
        all.add(table.total());
        return all;
    }

    /** Whether a row is a total: its first or second cell is 合计 or starts with it (合计（杭州市总工会）). */
    static boolean isTotal(List<Object> row) {
        for (int i = 0; i < Math.min(2, row.size()); i++) {
            if (row.get(i) instanceof String text && text.startsWith(Table.TOTAL)) {
                return true;
            }
        }
        return false;
    }
}
