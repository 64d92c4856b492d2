package org.unionfund.ledger.recuperation.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionfund.ledger.testsupport.ResidentIds;

/**
 * The sample import (Gongshu 2025, programme GS-2025-LIAOXIU of the demo data and of {@code GongshuCase}): five
 * trips, twelve rows, of which exactly two are refused — trip IMP-GS-0603 at 650 a day over the 600 standard, and
 * the only row of IMP-GS-0604 whose identity number fails the GB 11643 check. Written as CSV (any encoding) or XLSX.
 */
public final class ImportSample {

    public static final List<String> HEADER = List.of("项目编号", "团号", "承办单位编号", "目的地编号", "出发日期", "天数",
            "每人每天价格（元）", "身份证号", "姓名", "职工类别", "新就业形态类型", "单位性质", "工作单位", "是否家属", "是否出行",
            "资金来源", "专项", "结算日期");
    public static final int ROWS = 12;
    public static final int REFUSED = 2;
    public static final int WRITTEN_ROWS = 10;
    /** Attended workers charged: 3 (0601) + 2 (0602) + 2 (0605). */
    public static final int PERSON_TIMES = 7;
    public static final String OWN = "GS-2025-RECUP";
    public static final String ZJ = "ZJ-2025-RECUP";
    public static final String EARMARK = "NONPUB-NEWFORM";

    private ImportSample() {
    }

    /** The rows with every trip code prefixed (tests sharing one database keep their trips apart). */
    public static List<List<String>> rows(long seed, String tripPrefix) {
        return rows(seed).stream().map(r -> {
            List<String> copy = new ArrayList<>(r);
            copy.set(1, tripPrefix + copy.get(1));
            return (List<String>) copy;
        }).toList();
    }

    public static List<List<String>> rows(long seed) {
        ResidentIds ids = new ResidentIds(seed);
        List<List<String>> rows = new ArrayList<>();
        String p = "GS-2025-LIAOXIU";
        rows.add(row(p, "IMP-GS-0601", "2025-06-03", "3", "580", ids.next(), "王小明", "一线职工", "", "国有企业",
                "杭州钢铁集团", "否", "是", OWN, "", "2025-06-06"));
        rows.add(row(p, "IMP-GS-0601", "2025-06-03", "3", "580", ids.next(), "李娟", "一线职工", "", "非公企业",
                "杭州某制造公司", "否", "是", OWN, "", "2025-06-06"));
        rows.add(row(p, "IMP-GS-0601", "2025-06-03", "3", "580", ids.next(), "陈建国", "一线职工", "", "国有企业",
                "杭州地铁", "否", "是", OWN, "", "2025-06-06"));
        rows.add(row(p, "IMP-GS-0601", "2025-06-03", "3", "580", "", "王家属", "", "", "", "", "是", "是", "", "",
                "2025-06-06"));
        rows.add(row(p, "IMP-GS-0602", "2025/6/10", "1", "300", ids.next(), "赵骑手", "新就业形态劳动者", "外卖骑手",
                "平台企业", "美团", "否", "是", ZJ, EARMARK, ""));
        rows.add(row(p, "IMP-GS-0602", "2025/6/10", "1", "300", ids.next(), "孙快递", "新就业形态劳动者", "快递员",
                "非公企业", "顺丰速运", "否", "是", ZJ, EARMARK, ""));
        rows.add(row(p, "IMP-GS-0602", "2025/6/10", "1", "300", ids.next(), "周快递", "新就业形态劳动者", "快递员",
                "非公企业", "=cmd|' /C calc'!A0", "否", "否", ZJ, EARMARK, ""));
        rows.add(row(p, "IMP-GS-0603", "2025年6月17日", "3", "650", ids.next(), "吴超标", "一线职工", "", "国有企业",
                "杭州某国企", "否", "是", OWN, "", ""));
        String bad = ids.next();
        char wrong = bad.charAt(17) == '1' ? '2' : '1';
        rows.add(row(p, "IMP-GS-0604", "2025-06-24", "1", "300", bad.substring(0, 17) + wrong, "郑校验", "一线职工", "",
                "国有企业", "杭州某国企", "否", "是", OWN, "", ""));
        rows.add(row(p, "IMP-GS-0605", "2025-07-01", "3", "560", ids.next(), "钱劳模", "劳模工匠", "", "国有企业",
                "杭州电力", "否", "是", OWN, "", ""));
        rows.add(row(p, "IMP-GS-0605", "2025-07-01", "3", "560", ids.next(), "冯工匠", "劳模工匠", "", "机关事业单位",
                "拱墅区某医院", "否", "是", OWN, "", ""));
        rows.add(row(p, "IMP-GS-0605", "2025-07-01", "3", "560", ids.next(), "褚家属", "", "", "", "", "是", "否", "",
                "", ""));
        return rows;
    }

    private static List<String> row(String... cells) {
        List<String> row = new ArrayList<>();
        row.add(cells[0]);
        row.add(cells[1]);
        row.add("HZ-TRAVEL-01");
        row.add("ANJI-BASE");
        for (int i = 2; i < cells.length; i++) {
            row.add(cells[i]);
        }
        return row;
    }

    public static void writeCsv(Path file, List<List<String>> rows, Charset charset, boolean bom) throws IOException {
        StringBuilder text = new StringBuilder();
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (List<String> row : all) {
            text.append(String.join(",", row.stream().map(ImportSample::quote).toList())).append("\r\n");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("'") ? "\"" + cell.replace("\"", "\"\"")
                + "\"" : cell;
    }

    /** The rows as XLSX; the start date of the first trip as a real Excel date cell. */
    public static void writeXlsx(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("疗休养名单");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 4 && cells.get(c).matches("\\d{4}-\\d{2}-\\d{2}")) {
                        var cell = row.createCell(c);
                        cell.setCellValue(java.time.LocalDate.parse(cells.get(c)));
                        cell.setCellStyle(dateStyle);
                    } else if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            book.write(out);
        }
    }

    public static Charset gbk() {
        return Charset.forName("GBK");
    }

    public static Charset utf8() {
        return StandardCharsets.UTF_8;
    }
}
