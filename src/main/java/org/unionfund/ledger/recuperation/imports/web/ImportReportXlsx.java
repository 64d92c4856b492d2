package org.unionfund.ledger.recuperation.imports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.unionfund.ledger.recuperation.imports.command.RowOutcome;
import org.unionfund.ledger.recuperation.imports.rows.CellValues;

/**
 * The report as a workbook (streaming writer): one row per file row, refused rows filled red and held rows amber,
 * a 合计 row at the end. Every text cell is neutralised against formula injection.
 */
final class ImportReportXlsx {

    private static final String[] HEADER = {"行号 Row", "团号 Trip", "身份证号(脱敏) ID (masked)", "姓名 Name",
        "结果 Result", "规则 Rule", "列 Column", "原因 Reason", "Reason (English)", "参与者编号 Participant id"};

    private ImportReportXlsx() {
    }

    static byte[] write(ImportReport report) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(report.dryRun() ? "试导入 Dry run" : "导入结果 Import");
            CellStyle red = fill(book, IndexedColors.ROSE);
            CellStyle amber = fill(book, IndexedColors.LIGHT_YELLOW);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            for (RowOutcome o : report.outcomes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.rowNumber());
                String[] texts = {o.tripId(), o.maskedId(), o.maskedName(), status(o.status()), o.rule(), o.column(),
                    o.zh(), o.en(), o.participantId()};
                for (int i = 0; i < texts.length; i++) {
                    row.createCell(i + 1).setCellValue(texts[i] == null ? "" : CellValues.neutralised(texts[i]));
                }
                CellStyle style = o.status() == RowOutcome.Status.REFUSED ? red
                        : o.status() == RowOutcome.Status.HELD ? amber : null;
                if (style != null) {
                    row.forEach(cell -> cell.setCellStyle(style));
                }
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue("合计 Total");
            total.createCell(4).setCellValue("行 " + report.rows() + "；写入 " + report.written() + "；可写入 "
                    + report.wouldWrite() + "；已存在 " + report.alreadyPresent() + "；拒绝 " + report.refused()
                    + "；随团未导入 " + report.held());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    static String status(RowOutcome.Status status) {
        return switch (status) {
            case WRITTEN -> "已写入 written";
            case WOULD_WRITE -> "可写入 would write";
            case ALREADY_PRESENT -> "已存在 already present";
            case REFUSED -> "拒绝 refused";
            case HELD -> "随团未导入 held";
        };
    }

    private static CellStyle fill(SXSSFWorkbook book, IndexedColors color) {
        CellStyle style = book.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
