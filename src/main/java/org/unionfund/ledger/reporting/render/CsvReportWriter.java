package org.unionfund.ledger.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;
import org.unionfund.ledger.platform.web.CsvLine;

/**
 * The report as CSV: a zip holding {@code report.csv} (identity, basis and the opening sentences as key,label,value)
 * and one CSV per table ({@code totals.csv}, {@code by_region.csv}, …), in a fixed order. Each CSV is UTF-8 with a
 * byte-order mark (so spreadsheet programs read the Chinese), RFC 4180 quoting, CRLF line ends, a header of column
 * keys, amounts and ratios as plain decimals ({@code 8450000.00}, {@code 0.0200}), empty for undefined. Zip entries
 * carry the fixed time 1980-01-01 00:00, so the same report gives the same bytes.
 */
public final class CsvReportWriter {

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String BOM = "\uFEFF";

    private CsvReportWriter() {
    }

    public static byte[] zip(YearlyReport report) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                entry(zip, "report.csv", reportCsv(report));
                for (Table table : report.tables()) {
                    entry(zip, table.name() + ".csv", csv(table));
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table ({@code report} for the identity and basis rows) as a single CSV file. */
    public static byte[] single(YearlyReport report, String name) {
        if (name.equals("report")) {
            return reportCsv(report).getBytes(StandardCharsets.UTF_8);
        }
        Table table = report.table(name);
        if (table == null) {
            List<String> names = new ArrayList<>();
            names.add("report");
            report.tables().forEach(t -> names.add(t.name()));
            throw new QueryRefused("invalid-filter", "table", "table is one of " + names);
        }
        return csv(table).getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String reportCsv(YearlyReport report) {
        StringBuilder out = new StringBuilder(BOM);
        out.append(CsvLine.of(List.of("key", "label", "value")));
        for (ReportRows.Row row : ReportRows.of(report)) {
            out.append(CsvLine.of(List.of(row.key(), row.label(), text(row.value()))));
        }
        return out.toString();
    }

    static String csv(Table table) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (Column column : table.columns()) {
            header.add(column.key());
        }
        out.append(CsvLine.of(header));
        for (List<Object> row : ReportRows.withTotal(table)) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(text(cell));
            }
            out.append(CsvLine.of(cells));
        }
        return out.toString();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Amount amount) {
            return amount.text();
        }
        if (value instanceof Ratio ratio) {
            return ratio.text();
        }
        return String.valueOf(value);
    }
}
