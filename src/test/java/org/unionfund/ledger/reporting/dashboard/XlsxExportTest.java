package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export behind the dashboard's XLSX buttons: CSV as the query API writes it, turned into one sheet. */
class XlsxExportTest {

    @Test
    void csv_fields_keep_quotes_commas_and_line_breaks() {
        List<List<String>> rows = CsvTable.parse("\uFEFFkey,label,spend\r\n330105,\"拱墅区, \"\"总工会\"\"\",5220.00\r\n"
                + "330106,\"西湖\n区\",\r\n");
        assertThat(rows).containsExactly(List.of("key", "label", "spend"),
                List.of("330105", "拱墅区, \"总工会\"", "5220.00"), List.of("330106", "西湖\n区", ""));
        assertThat(CsvTable.parse("")).isEmpty();
        assertThat(CsvTable.parse("a,b")).containsExactly(List.of("a", "b"));
    }

    @Test
    void numbers_become_number_cells_identifiers_and_formulas_stay_text() throws IOException {
        byte[] xlsx = XlsxTable.write("regions", CsvTable.parse(
                "key,label,personTimes,spend,coverageRate,year\r\n"
                        + "330105,\"=HYPERLINK(\"\"x\"\")\",2420,2417700.00,0.9680,2025\r\n"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("regions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("key");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).as("body id").isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("330105");
            assertThat(row.getCell(1).getCellType()).as("no formula").isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2420);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2417700.00);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.968);
            assertThat(row.getCell(5).getCellType()).as("year").isEqualTo(CellType.STRING);
        }
    }
}
