package org.unionfund.ledger.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.unionfund.ledger.testsupport.ResidentIds;

/**
 * Writes a province-year of trips in the import template's format (UTF-8 CSV with BOM, the template's Chinese
 * headers, one row per participant, a trip's rows together): trips of 20–55 participants (37.5 on average, so 1.5
 * million person-times are 40,000 trips), 1–3 days at 150–200 yuan (under Gongshu's cap), frontline workers, every participant a distinct worker with a valid
 * GB 11643 number, 4 % no-shows. Trip codes, programme, contractor, destination and funding line are those of the
 * import tests' world ({@code ImportWorld}: Gongshu), so any slice of the file can be committed there.
 */
public final class ProvinceYearImportFile {

    public static final List<String> HEADER = List.of("项目编号", "团号", "承办单位编号", "目的地编号", "出发日期", "天数",
            "每人每天价格（元）", "身份证号", "姓名", "职工类别", "新就业形态类型", "单位性质", "工作单位", "是否家属", "是否出行",
            "资金来源", "专项", "结算日期");
    private static final String[] REGIONS = {"330105", "330106", "330102", "330212", "330302", "330523"};

    private ProvinceYearImportFile() {
    }

    /** Writes {@code personTimes} rows to {@code file}; returns the number of trips. */
    public static int write(Path file, int personTimes, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        int trips = 0;
        try (OutputStream raw = Files.newOutputStream(file);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            line(out, HEADER);
            int written = 0;
            while (written < personTimes) {
                int size = Math.min(20 + random.nextInt(36), personTimes - written);
                String code = "PY-" + trips;
                String start = LocalDate.of(2025, 3, 3).plusDays(trips % 270).toString();
                String days = String.valueOf(1 + random.nextInt(3));
                String price = String.valueOf(150 + 10 * random.nextInt(6));
                for (int p = 0; p < size; p++, written++) {
                    String attended = random.nextInt(100) < 4 ? "否" : "是";
                    line(out, List.of("GS-2025-LIAOXIU", code, "HZ-TRAVEL-01", "ANJI-BASE", start, days, price,
                            residentId(written), "职工" + written, "一线职工", "",
                            "国有企业", "某企业", "否", attended, "GS-2025-RECUP", "", ""));
                }
                trips++;
            }
        }
        return trips;
    }

    /** The n-th of distinct identity numbers: region, birth date and sequence derived from n, then the check digit. */
    static String residentId(int n) {
        String region = REGIONS[n % REGIONS.length];
        int rest = n / REGIONS.length;
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(rest / 1000);
        String body = region + birth.toString().replace("-", "") + String.format("%03d", rest % 1000);
        return body + ResidentIds.check(body);
    }

    private static void line(BufferedWriter out, List<String> cells) throws IOException {
        out.write(String.join(",", cells));
        out.write("\r\n");
    }
}
