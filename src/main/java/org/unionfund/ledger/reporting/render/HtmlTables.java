package org.unionfund.ledger.reporting.render;

import java.util.List;

import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.ReportNumbers;
import org.unionfund.ledger.reporting.model.SignOff;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

/**
 * The markup the HTML page and the PDF share: a report table with its header row in {@code thead} (repeated on every
 * printed page), the totals table for readers and the basis block. Well-formed XHTML, so the PDF renderer reads it.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    static void table(StringBuilder html, Table table) {
        html.append("<section class=\"table\" id=\"table-").append(table.name()).append("\">\n<h2>")
                .append(escape(table.title())).append("</h2>\n");
        if (table.rows().isEmpty()) {
            html.append("<p class=\"empty\">无数据</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (Column column : table.columns()) {
            html.append("<th>").append(escape(column.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : ReportRows.withTotal(table)) {
            html.append(ReportRows.isTotal(row) ? "<tr class=\"total\">" : "<tr>");
            for (Object cell : row) {
                boolean number = cell instanceof Long || cell instanceof Amount || cell instanceof Ratio;
                html.append(number ? "<td class=\"num\">" : "<td>").append(escape(ReportNumbers.cell(cell)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** The totals for readers: group in Chinese, label, value, unit (without the codes). */
    static Table readable(Table totals) {
        Table.Builder table = new Table.Builder(totals.name(), totals.title(), Column.text("group", "分组"),
                Column.text("label", "指标"), Column.mixed("value", "数值"), Column.text("unit", "单位"));
        int group = totals.column("group");
        int label = totals.column("label");
        int value = totals.column("value");
        int unit = totals.column("unit");
        for (List<Object> row : totals.rows()) {
            table.row(ReportLabels.GROUP.of((String) row.get(group)), row.get(label), row.get(value), row.get(unit));
        }
        return table.build();
    }

    static void basis(StringBuilder html, ReportBasis b) {
        html.append("<section class=\"basis\" id=\"basis\">\n<h2>计算依据与核验</h2>\n<dl>\n");
        item(html, "数据来源", ReportBasis.REPLAY.equals(b.source()) ? "回放事件日志（截至 " + b.asOf() + "）"
                : "预汇总读模型");
        item(html, "全局序号", String.valueOf(b.sequence()));
        item(html, "记录时间", b.recordedAt() == null ? "—" : b.recordedAt());
        if (b.checkpoint() != null) {
            item(html, "审计检查点", "第" + b.checkpoint().number() + "号，覆盖全局序号 " + b.checkpoint().from() + "–"
                    + b.checkpoint().to() + "（" + b.checkpoint().scheme() + "）");
            item(html, "检查点摘要（SHA-256）", b.checkpoint().hash());
        }
        if (b.tail() != null) {
            item(html, "检查点后未封存提交", b.tail().commits() + " 个（全局序号 " + b.tail().from() + "–" + b.tail().to()
                    + "），摘要 " + b.tail().sha256());
        }
        item(html, "复现", "以 asOf=" + b.sequence() + " 重新生成本报告");
        if (b.checkpoint() != null) {
            item(html, "核验", "POST /api/v1/audit/checkpoints/check {\"number\":" + b.checkpoint().number()
                    + ",\"hash\":\"" + b.checkpoint().hash() + "\"}");
        }
        html.append("</dl>\n</section>\n");
    }

    /**
     * The sign-off block filed reports end with: 编制单位 (the reporting body), 制表人 (who printed it), 审核人 (a line to
     * sign), 日期 (Asia/Shanghai). A missing name or date is a line to fill in by hand.
     */
    static void signOff(StringBuilder html, YearlyReport report, SignOff signOff) {
        html.append("<div class=\"sign-off\" id=\"sign-off\">");
        signItem(html, "编制单位", report.body().name());
        signItem(html, "制表人", signOff == null ? null : signOff.preparedBy());
        signItem(html, "审核人", null);
        signItem(html, "日期", signOff == null ? null : signOff.dateText());
        html.append("</div>\n");
    }

    private static void signItem(StringBuilder html, String label, String value) {
        html.append("<span class=\"item\">").append(escape(label)).append("：<span class=\"line\">")
                .append(value == null ? "\u00a0" : escape(value)).append("</span></span>");
    }

    private static void item(StringBuilder html, String label, String value) {
        html.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

}
