package org.unionfund.ledger.reporting.render;

import org.unionfund.ledger.reporting.model.ReportFormat;
import org.unionfund.ledger.reporting.model.YearlyReport;

/** Writes a report in one of its formats. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /** The report's bytes; {@code table} (CSV only, optional) selects a single table as one CSV file. */
    public static byte[] write(YearlyReport report, ReportFormat format, String table) {
        return switch (format) {
            case JSON -> JsonReportWriter.write(report);
            case CSV -> table == null || table.isBlank() ? CsvReportWriter.zip(report)
                    : CsvReportWriter.single(report, table.trim());
            case XLSX -> XlsxReportWriter.write(report);
            case HTML -> HtmlReportWriter.write(report);
            case PDF -> PdfReportWriter.write(report);
        };
    }
}
