package org.unionfund.ledger.reporting.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionfund.ledger.platform.web.RequestProblem;

/**
 * Writes a {@link ScreenTable} as one sheet: the screen's Chinese headers (bold, frozen, filterable), counts
 * {@code #,##0}, yuan {@code #,##0.00}, percentages {@code 0.00%}, dates as dates ({@code yyyy-mm-dd}), text as text
 * (never a formula); a row whose first cell is 合计 is bold. A value that does not fit its column's kind is refused.
 */
final class ScreenTableXlsx {

    static final Set<String> KINDS = Set.of("text", "count", "yuan", "percent", "date");
    static final String TOTAL = "合计";
    private static final Map<String, String> FORMATS = Map.of("count", "#,##0", "yuan", "#,##0.00",
            "percent", "0.00%", "date", "yyyy-mm-dd");

    private ScreenTableXlsx() {
    }

    static byte[] write(ScreenTable table) {
        validate(table);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    table.title() == null || table.title().isBlank() ? table.name() : table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            List<ScreenTable.Column> columns = table.columns();
            CellStyle[] plain = new CellStyle[columns.size()];
            CellStyle[] strong = new CellStyle[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String format = FORMATS.get(columns.get(c).kind());
                plain[c] = workbook.createCellStyle();
                strong[c] = workbook.createCellStyle();
                strong[c].setFont(bold);
                if (format != null) {
                    short f = workbook.createDataFormat().getFormat(format);
                    plain[c].setDataFormat(f);
                    strong[c].setDataFormat(f);
                }
            }
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).label());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(50, Math.max(10, columns.get(c).label().length() * 2 + 4)) * 256);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> values = table.rows().get(r);
                boolean total = !values.isEmpty() && TOTAL.equals(values.get(0));
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    String value = values.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(total ? strong[c] : plain[c]);
                    switch (columns.get(c).kind()) {
                        case "count", "yuan", "percent" -> cell.setCellValue(new BigDecimal(value).doubleValue());
                        case "date" -> cell.setCellValue(LocalDate.parse(value));
                        default -> cell.setCellValue(value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, table.rows().size(), 0,
                        columns.size() - 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(ScreenTable table) {
        if (table.columns() == null || table.columns().isEmpty() || table.columns().size() > 100) {
            throw RequestProblem.badRequest("invalid-value", "columns", "a table has 1 to 100 columns");
        }
        for (ScreenTable.Column column : table.columns()) {
            if (column == null || column.label() == null || !KINDS.contains(column.kind())) {
                throw RequestProblem.badRequest("invalid-value", "columns", "each column has a label and a kind: "
                        + String.join(", ", KINDS.stream().sorted().toList()));
            }
        }
        if (table.rows() == null || table.rows().size() > 100_000) {
            throw RequestProblem.badRequest("invalid-value", "rows", "a table has 0 to 100000 rows");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (row == null || row.size() != table.columns().size()) {
                throw RequestProblem.badRequest("invalid-value", "rows[" + r + "]",
                        "every row has one value per column");
            }
            for (int c = 0; c < row.size(); c++) {
                check(row.get(c), table.columns().get(c).kind(), "rows[" + r + "][" + c + "]");
            }
        }
    }

    private static void check(String value, String kind, String field) {
        if (value == null || value.isEmpty() || kind.equals("text")) {
            return;
        }
        try {
            if (kind.equals("date")) {
                LocalDate.parse(value);
            } else {
                new BigDecimal(value);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw RequestProblem.badRequest("invalid-value", field, "a " + kind + " column holds "
                    + (kind.equals("date") ? "dates (yyyy-MM-dd)" : "decimal numbers") + ", not '" + value + "'");
        }
    }
}
