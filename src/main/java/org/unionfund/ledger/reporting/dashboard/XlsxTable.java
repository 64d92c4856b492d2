package org.unionfund.ledger.reporting.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One table as an XLSX sheet: the first row is the header (bold, frozen), the others data. A field becomes a
 * number cell when it is a decimal number ({@code 2546000.00} with the format {@code #,##0.00}, rates with four
 * decimals as {@code 0.0000}) or a whole number in a column that is not an identifier, year or code; anything else
 * stays text — written as a string value, so a field starting with {@code =} is never a formula.
 */
final class XlsxTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}\\.\\d{1,6}");
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,14})");
    private static final Pattern TEXT_COLUMN = Pattern.compile(
            ".*(id|key|code|year|month|region|body|ledger|programme|fund|earmark|name|label|period|hash|seq|commit)$",
            Pattern.CASE_INSENSITIVE);

    private XlsxTable() {
    }

    static byte[] write(String sheetName, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            List<String> names = rows.isEmpty() ? List.of() : rows.get(0);
            int widest = 0;
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> fields = rows.get(r);
                widest = Math.max(widest, fields.size());
                for (int c = 0; c < fields.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = fields.get(c);
                    if (r == 0) {
                        cell.setCellValue(value);
                        cell.setCellStyle(header);
                        continue;
                    }
                    String column = c < names.size() ? names.get(c) : "";
                    if (DECIMAL.matcher(value).matches()) {
                        cell.setCellValue(new BigDecimal(value).doubleValue());
                        cell.setCellStyle(value.length() - value.indexOf('.') - 1 == 2 ? amount : rate);
                    } else if (WHOLE.matcher(value).matches() && !TEXT_COLUMN.matcher(column.trim()).matches()) {
                        cell.setCellValue(Long.parseLong(value));
                        cell.setCellStyle(count);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            if (!rows.isEmpty()) {
                sheet.createFreezePane(0, 1);
            }
            for (int c = 0; c < Math.min(widest, 60); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, width(rows, c))) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int width(List<List<String>> rows, int column) {
        int width = 0;
        for (int r = 0; r < Math.min(rows.size(), 200); r++) {
            List<String> row = rows.get(r);
            if (column < row.size()) {
                width = Math.max(width, row.get(column).length() + 2);
            }
        }
        return width;
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        if (cleaned.isBlank()) {
            return "table";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned.toLowerCase(Locale.ROOT).equals("history")
                ? "table" : cleaned;
    }
}
