package org.unionfund.ledger.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.ReportNumbers;
import org.unionfund.ledger.reporting.model.SignOff;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report as one self-contained HTML page (no network access at all): the opening sentences, headline figures,
 * charts drawn by Apache ECharts — inlined from the webjar — from the report's own JSON embedded in the page, every
 * table, and the basis (global sequence, audit checkpoint digest). Chinese labels throughout.
 */
public final class HtmlReportWriter {

    /** Where the webjar keeps ECharts on the classpath. */
    public static final String ECHARTS = "META-INF/resources/webjars/echarts/5.5.0/echarts.min.js";
    /** The ids of the chart elements (the month chart is always drawn). */
    public static final List<String> CHARTS = List.of("chart-month", "chart-region", "chart-category",
            "chart-ownership", "chart-budget", "chart-matching");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile String echarts;

    private HtmlReportWriter() {
    }

    public static byte[] write(YearlyReport report) {
        return write(report, null);
    }

    public static byte[] write(YearlyReport report, SignOff signOff) {
        String title = XlsxReportWriter.title(report);
        StringBuilder html = new StringBuilder(1_200_000);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"scope\">范围：").append(escape(report.body().name())).append("（")
                .append(escape(report.body().id())).append("，").append(escape(ReportLabels.LEVEL.of(report.body()
                        .level()))).append("）").append(report.body().hasChildren() ? "及所属各级工会，合并口径" : "")
                .append("</p>\n</header>\n");

        html.append("<section id=\"summary\" class=\"summary\">\n");
        for (String sentence : report.summary()) {
            html.append("<p>").append(escape(sentence)).append("</p>\n");
        }
        html.append("</section>\n");

        html.append("<section class=\"kpis\">\n");
        kpi(html, report, "activity.personTimes", "参加人次");
        kpi(html, report, "activity.distinctWorkers", "参加人数");
        kpi(html, report, "activity.spend", "疗休养结算支出（元）");
        kpi(html, report, "activity.perPersonTime", "人均（元/人次）");
        kpi(html, report, "coverage.coverageRate", "覆盖率");
        kpi(html, report, "funds.executionRate", "预算执行率");
        kpi(html, report, "matching.matchingRatio", "配套率");
        if (report.value("leverage.leverage") != null) {
            kpi(html, report, "leverage.leverage", "带动比");
        }
        html.append("</section>\n");

        html.append("<section class=\"charts\">\n");
        for (String chart : CHARTS) {
            html.append("<div class=\"chart\" id=\"").append(chart).append("\"></div>\n");
        }
        html.append("</section>\n");

        for (Table table : report.tables()) {
            HtmlTables.table(html, table.name().equals("totals") ? HtmlTables.readable(table) : table);
        }
        HtmlTables.basis(html, report.basis());
        HtmlTables.signOff(html, report, signOff);
        html.append("<footer>由工会福利资金账本（welfare-ledger）根据事件日志生成；同一全局序号可复现同一报告。</footer>\n");

        html.append("<script>").append(echarts()).append("</script>\n");
        html.append("<script type=\"application/json\" id=\"report-data\">").append(data(report)).append("</script>\n");
        html.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void kpi(StringBuilder html, YearlyReport report, String path, String label) {
        Object value = report.value(path);
        html.append("<div class=\"kpi\"><div class=\"kpi-value\">").append(escape(ReportNumbers.cell(value)))
                .append("</div><div class=\"kpi-label\">").append(escape(label)).append("</div></div>\n");
    }

    /** The report's JSON for the charts, safe inside a script element. */
    private static String data(YearlyReport report) {
        try {
            String json = MAPPER.writeValueAsString(JsonReportWriter.tree(report));
            return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String echarts() {
        String script = echarts;
        if (script == null) {
            try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(ECHARTS)) {
                if (in == null) {
                    throw new IllegalStateException(ECHARTS + " is not on the classpath (org.webjars:echarts)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replaceAll("(?i)</script", "<\\\\/script");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            echarts = script;
        }
        return script;
    }

    static String escape(String text) {
        return HtmlTables.escape(text);
    }

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;\
            margin:0 auto;max-width:1180px;padding:24px;color:#1f2933;background:#fff}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-left:4px solid #c0392b;\
            padding-left:8px}
            .scope{color:#52606d;margin:0 0 16px}
            .summary p{font-size:15px;line-height:1.9;text-indent:2em;margin:6px 0}
            .kpis{display:flex;flex-wrap:wrap;gap:12px;margin:20px 0}
            .kpi{flex:1 1 160px;border:1px solid #e4e7eb;border-radius:6px;padding:12px 14px;background:#f8f9fa}
            .kpi-value{font-size:20px;font-weight:600;color:#c0392b}.kpi-label{font-size:13px;color:#52606d}
            .charts{display:flex;flex-wrap:wrap;gap:16px}
            .chart{flex:1 1 560px;width:560px;height:340px;border:1px solid #e4e7eb;border-radius:6px}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;font-size:13px;width:100%}
            th,td{border:1px solid #d9e2ec;padding:4px 8px;white-space:nowrap}
            th{background:#f0f4f8;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
            tr.total td{font-weight:600;background:#f8f9fa;border-top:2px solid #9aa5b1}
            .empty{color:#7b8794}
            dl{display:grid;grid-template-columns:180px 1fr;gap:4px 12px;font-size:13px}
            dt{color:#52606d}dd{margin:0;word-break:break-all}
            footer{margin:32px 0 8px;color:#7b8794;font-size:12px}
            .sign-off{display:flex;flex-wrap:wrap;gap:8px 48px;margin:32px 0 8px;font-size:14px;break-inside:avoid}
            .sign-off span.line{display:inline-block;min-width:9em;border-bottom:1px solid #1f2933}
            @page{size:A4 landscape;margin:10mm}
            @media print{body{max-width:none;padding:0}.scroll{overflow:visible}\
            table{table-layout:fixed;width:100%;font-size:9px}th,td{white-space:normal;overflow-wrap:anywhere;\
            padding:2px 3px}thead{display:table-header-group}tr{break-inside:avoid}.chart{break-inside:avoid}}
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var data = JSON.parse(document.getElementById('report-data').textContent);
              var charts = [];
              function num(v) { return v === null || v === undefined ? 0 : Number(v); }
              function rows(name) { var t = data.tables[name]; return t ? t.rows : []; }
              function draw(id, option) {
                var el = document.getElementById(id);
                if (!el) { return; }
                var c = echarts.init(el);
                c.setOption(option);
                charts.push(c);
              }
              function title(text) { return { text: text, left: 'center', top: 6, textStyle: { fontSize: 14 } }; }
              function empty(id, text) {
                draw(id, { title: title(text), graphic: { type: 'text', left: 'center', top: 'middle',
                  style: { text: '无数据', fontSize: 14, fill: '#7b8794' } } });
              }
              function regionBars(id, text, regions, bars) {
                draw(id, {
                  title: title(text),
                  tooltip: { trigger: 'axis' },
                  legend: { top: 30, data: bars.map(function (b) { return b[0]; }) },
                  grid: { top: 70, left: 150, right: 30, bottom: 30 },
                  yAxis: { type: 'category', inverse: true, data: regions.map(function (r) { return r.name; }) },
                  xAxis: { type: 'value' },
                  series: bars.map(function (b) {
                    return { name: b[0], type: 'bar', data: regions.map(function (r) { return num(r[b[1]]); }) };
                  })
                });
              }
              var months = rows('by_month');
              draw('chart-month', {
                title: title('按月份：参加人次与结算支出'),
                tooltip: { trigger: 'axis' },
                legend: { top: 30, data: ['参加人次', '结算支出（元）'] },
                grid: { top: 70, left: 64, right: 84, bottom: 36 },
                xAxis: { type: 'category', data: months.map(function (r) { return r.label; }) },
                yAxis: [{ type: 'value', name: '人次' }, { type: 'value', name: '元' }],
                series: [
                  { name: '参加人次', type: 'bar', data: months.map(function (r) { return num(r.personTimes); }) },
                  { name: '结算支出（元）', type: 'line', yAxisIndex: 1,
                    data: months.map(function (r) { return num(r.spend); }) }
                ]
              });
              var regions = rows('by_region');
              if (regions.length) {
                regionBars('chart-region', '按地区：参加人次与人数', regions,
                  [['参加人次', 'personTimes'], ['参加人数', 'distinctWorkers']]);
                regionBars('chart-budget', '按地区：可用预算与结算支出（元）', regions,
                  [['可用预算', 'budget'], ['结算支出', 'spent']]);
              } else {
                empty('chart-region', '按地区');
                empty('chart-budget', '按地区：可用预算与结算支出');
              }
              function pie(id, text, name) {
                var items = rows(name).filter(function (r) { return num(r.personTimes) > 0; });
                if (!items.length) { empty(id, text); return; }
                draw(id, {
                  title: title(text),
                  tooltip: { trigger: 'item', formatter: '{b}：{c}人次（{d}%）' },
                  legend: { bottom: 4 },
                  series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '52%'],
                    data: items.map(function (r) { return { name: r.label, value: num(r.personTimes) }; }) }]
                });
              }
              pie('chart-category', '按职工类别：参加人次', 'by_category');
              pie('chart-ownership', '按企业所有制：参加人次', 'by_ownership');
              var allocations = rows('matching');
              if (allocations.length) {
                draw('chart-matching', {
                  title: title('资金配套：各接收单位应配套与到位（元）'),
                  tooltip: { trigger: 'axis' },
                  legend: { top: 30, data: ['应配套', '按期到位', '逾期到位'] },
                  grid: { top: 70, left: 70, right: 30, bottom: 60 },
                  xAxis: { type: 'category', axisLabel: { rotate: 30 },
                    data: allocations.map(function (r) { return r.toBodyId; }) },
                  yAxis: { type: 'value' },
                  series: [
                    { name: '应配套', type: 'bar', data: allocations.map(function (r) { return num(r.required); }) },
                    { name: '按期到位', type: 'bar', stack: 'c',
                      data: allocations.map(function (r) { return num(r.committedByDeadline); }) },
                    { name: '逾期到位', type: 'bar', stack: 'c',
                      data: allocations.map(function (r) { return num(r.committedLate); }) }
                  ]
                });
              } else {
                empty('chart-matching', '资金配套');
              }
              window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
              window.reportChartsReady = charts.length;
            })();
            """;
}
