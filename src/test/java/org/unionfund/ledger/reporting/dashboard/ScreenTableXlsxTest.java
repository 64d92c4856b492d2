package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** A dashboard table as the screen shows it becomes a sheet with Chinese headers and typed, formatted cells. */
class ScreenTableXlsxTest {

    private static final List<ScreenTable.Column> COLUMNS = List.of(new ScreenTable.Column("地区", "text"),
            new ScreenTable.Column("人次", "count"), new ScreenTable.Column("支出（工会资金）", "yuan"),
            new ScreenTable.Column("覆盖率", "percent"), new ScreenTable.Column("出发日期", "date"));

    @Test
    void headers_names_numbers_percentages_dates_and_the_total_row_are_as_on_the_screen() throws IOException {
        byte[] xlsx = ScreenTableXlsx.write(new ScreenTable("regions-330100-2025", "地区", COLUMNS, List.of(
                List.of("拱墅区总工会", "2420", "2417700.00", "0.9680", "2025-05-06"),
                List.of("=HYPERLINK(\"x\")", "", "", "", ""),
                List.of("合计", "2420", "2417700.00", "", ""))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("地区");
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("地区", "人次", "支出（工会资金）", "覆盖率", "出发日期");
            Row gongshu = sheet.getRow(1);
            assertThat(gongshu.getCell(0).getStringCellValue()).isEqualTo("拱墅区总工会");
            assertThat(gongshu.getCell(1).getNumericCellValue()).isEqualTo(2420);
            assertThat(gongshu.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(gongshu.getCell(2).getNumericCellValue()).isEqualTo(2417700.00);
            assertThat(gongshu.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(gongshu.getCell(3).getNumericCellValue()).isEqualTo(0.968);
            assertThat(gongshu.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(DateUtil.isCellDateFormatted(gongshu.getCell(4))).isTrue();
            assertThat(gongshu.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 5, 6));
            assertThat(sheet.getRow(2).getCell(0).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            Row total = sheet.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(workbook.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void a_value_that_does_not_fit_its_column_is_refused_naming_the_cell() {
        assertThatThrownBy(() -> ScreenTableXlsx.write(new ScreenTable("t", "t", COLUMNS,
                List.of(List.of("拱墅区总工会", "many", "1.00", "0.5", "2025-05-06")))))
                .isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getBody().getDetail())
                        .contains("count column").contains("'many'"))
                .satisfies(e -> assertThat(((ErrorResponseException) e).getBody().getProperties())
                        .containsEntry("field", "rows[0][1]"));
        assertThatThrownBy(() -> ScreenTableXlsx.write(new ScreenTable("t", "t",
                List.of(new ScreenTable.Column("x", "formula")), List.of())))
                .isInstanceOf(ErrorResponseException.class);
    }
}
