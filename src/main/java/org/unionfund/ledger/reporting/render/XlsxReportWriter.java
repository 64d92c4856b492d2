package org.unionfund.ledger.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

/**
 * The report as an XLSX workbook (Apache POI): a sheet 说明 (title, the opening sentences, identity and basis) and one
 * sheet per table with a header row of Chinese labels. Numbers are numbers: counts with format {@code #,##0},
 * yuan with {@code #,##0.00}, rates with {@code 0.00%}, multiples (leverage) with {@code 0.0000}; checks are
 * booleans. The header row is frozen and filterable.
 */
public final class XlsxReportWriter {

    private XlsxReportWriter() {
    }

    /** The sheet name of a table (its Chinese title, made safe). */
    public static String sheetName(Table table) {
        return WorkbookUtil.createSafeSheetName(table.title());
    }

    public static byte[] write(YearlyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            info(workbook, styles, report);
            for (Table table : report.tables()) {
                table(workbook, styles, table);
            }
            var core = workbook.getProperties().getCoreProperties();
            core.setTitle(title(report));
            core.setCreator("welfare-ledger");
            core.setDescription("global sequence " + report.basis().sequence());
            if (report.basis().recordedAt() != null) {
                Date recorded = Date.from(Instant.parse(report.basis().recordedAt()));
                core.setCreated(Optional.of(recorded));
                core.setModified(Optional.of(recorded));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(YearlyReport report) {
        return report.body().name() + report.year() + "年度职工疗休养资金汇总报告";
    }

    private static void info(XSSFWorkbook workbook, Styles styles, YearlyReport report) {
        Sheet sheet = workbook.createSheet("说明");
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        Cell title = sheet.createRow(r++).createCell(0);
        title.setCellValue(title(report));
        title.setCellStyle(styles.title);
        r++;
        for (String sentence : report.summary()) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(sentence);
            cell.setCellStyle(styles.wrapped);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            row.setHeightInPoints(Math.max(1, (sentence.length() + 65) / 66) * 16f);
            r++;
        }
        r++;
        for (ReportRows.Row info : ReportRows.of(report)) {
            if (info.key().startsWith("summary.")) {
                continue;
            }
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(info.label());
            label.setCellStyle(styles.label);
            value(row.createCell(1), info.value(), styles);
        }
    }

    private static void table(XSSFWorkbook workbook, Styles styles, Table table) {
        Sheet sheet = workbook.createSheet(sheetName(table));
        Row header = sheet.createRow(0);
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).label());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, width(columns.get(c), table));
        }
        int r = 1;
        for (List<Object> values : ReportRows.withTotal(table)) {
            Row row = sheet.createRow(r++);
            Styles rowStyles = ReportRows.isTotal(values) ? styles.bold : styles;
            for (int c = 0; c < values.size(); c++) {
                value(row.createCell(c), values.get(c), rowStyles);
            }
        }
        sheet.createFreezePane(0, 1);
        if (!table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns.size() - 1));
        }
    }

    private static void value(Cell cell, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Long number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.count);
        } else if (value instanceof Amount amount) {
            cell.setCellValue(amount.yuan().doubleValue());
            cell.setCellStyle(styles.yuan);
        } else if (value instanceof Ratio ratio) {
            cell.setCellValue(ratio.value().doubleValue());
            cell.setCellStyle(ratio.percent() ? styles.percent : styles.multiple);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            cell.setCellStyle(styles.text);
        } else {
            cell.setCellValue(String.valueOf(value));
            cell.setCellStyle(styles.text);
        }
    }

    /** Column width in 1/256 characters: wide enough for the label (CJK counts twice) and the longest text. */
    private static int width(Column column, Table table) {
        int chars = displayWidth(column.label());
        int index = table.columns().indexOf(column);
        for (List<Object> row : ReportRows.withTotal(table)) {
            Object value = row.get(index);
            int w = value instanceof String text ? displayWidth(text) : value == null ? 0 : 16;
            chars = Math.max(chars, w);
        }
        return Math.min(60, Math.max(10, chars + 2)) * 256;
    }

    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }

    /** The cell styles of a workbook (a workbook can hold only so many; create each once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle label;
        final CellStyle wrapped;
        final CellStyle text;
        final CellStyle count;
        final CellStyle yuan;
        final CellStyle percent;
        final CellStyle multiple;
        /** The same styles in bold, for 合计 rows. */
        final Styles bold;

        Styles(XSSFWorkbook workbook) {
            this(workbook, false);
        }

        private Styles(XSSFWorkbook workbook, boolean totals) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            label = workbook.createCellStyle();
            label.setFont(bold);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            count = numeric(workbook, format, "#,##0");
            yuan = numeric(workbook, format, "#,##0.00");
            percent = numeric(workbook, format, "0.00%");
            multiple = numeric(workbook, format, "0.0000");
            if (totals) {
                for (CellStyle style : List.of(text, count, yuan, percent, multiple)) {
                    style.setFont(bold);
                    style.setBorderTop(BorderStyle.THIN);
                }
                this.bold = this;
            } else {
                this.bold = new Styles(workbook, true);
            }
        }

        private static CellStyle numeric(XSSFWorkbook workbook, DataFormat format, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(pattern));
            return style;
        }
    }
}
