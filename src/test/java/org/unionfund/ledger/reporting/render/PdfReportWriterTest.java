package org.unionfund.ledger.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.BodyRef;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Indicator;
import org.unionfund.ledger.reporting.PdfInspection;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

/** The PDF of a report with a table wider and longer than a page: A4 landscape, no column lost, headers repeated. */
class PdfReportWriterTest {

    private static final float A4_LONG = 842f;
    private static final float A4_SHORT = 595f;

    @Test
    void a_wide_long_table_fits_the_width_of_an_a4_landscape_page_with_headers_on_every_page() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("region", "地区（工会名称）"));
        for (int c = 1; c <= 13; c++) {
            columns.add(Column.amount("figure" + c, "第" + c + "项指标可用预算与结算支出合计（元）"));
        }
        columns.add(Column.ratio("rate", "执行率"));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < 90; r++) {
            List<Object> row = new ArrayList<>();
            row.add("杭州市拱墅区第" + r + "基层工会联合会");
            for (int c = 1; c <= 13; c++) {
                row.add(Amount.of("12345678" + c + ".55"));
            }
            row.add(Ratio.rate("0.7778"));
            rows.add(row);
        }
        Table wide = new Table("by_region", "按地区", columns, rows);
        YearlyReport report = new YearlyReport(2025, new BodyRef("330000", "浙江省总工会", "PROVINCE", true),
                new ReportBasis(ReportBasis.PROJECTIONS, null, 42, "2025-12-31T08:00:00Z", true, null, null),
                List.of("2025年，浙江省总工会共组织职工疗休养。"),
                List.of(new Indicator("activity", "personTimes", "参加人次", "人次", 5L)),
                List.of(new Table("totals", "主要指标",
                        List.of(Column.text("group", "group"), Column.text("key", "key"), Column.text("label", "label"),
                                Column.mixed("value", "value"), Column.text("unit", "unit")),
                        List.of(List.of("activity", "personTimes", "参加人次", 5L, "人次"))), wide));

        PdfInspection pdf = PdfInspection.of(PdfReportWriter.write(report));

        assertThat(pdf.pageWidth()).isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.pageHeight()).isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.pages()).isGreaterThan(2);
        assertThat(pdf.maxTextRight()).as("right-most glyph").isLessThanOrEqualTo(pdf.pageWidth());
        String text = pdf.text();
        for (Column column : columns) {
            assertThat(text).contains(column.label().replaceAll("\\s+", ""));
        }
        assertThat(text).contains("1,234,567,813.55").contains("77.78%").contains("浙江省总工会2025年度");
        for (int page = 2; page < pdf.pages(); page++) {
            assertThat(pdf.pageTexts().get(page - 1).replaceAll("\\s+", ""))
                    .as("page %d repeats the header", page).contains("执行率").contains("地区（工会名称）");
        }
        assertThat(pdf.pageTexts().get(0).replaceAll("\\s+", "")).contains("第1页，共" + pdf.pages() + "页");
        assertThat(pdf.fonts()).anySatisfy(name -> assertThat(name).contains("NotoSansSC"));
        assertThat(pdf.allFontsEmbedded()).isTrue();
    }
}
