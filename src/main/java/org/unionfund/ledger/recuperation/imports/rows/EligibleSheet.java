package org.unionfund.ledger.recuperation.imports.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.recuperation.eligibility.api.EligibleCount;
import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;
import org.unionfund.ledger.recuperation.imports.read.ImportLimits;
import org.unionfund.ledger.recuperation.imports.read.RawRow;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.WorkerCategory;

/**
 * The eligible-worker register as a table: one row per body, year and category with the count (columns 单位编号,
 * 年度, 职工类别, 应覆盖职工数, or bodyId, year, category, count). Rows are grouped per (body, year): one registration
 * each. Category words are the trip mapping's.
 */
public final class EligibleSheet {

    public static final List<List<String>> HEADERS = List.of(List.of("单位编号", "bodyId"), List.of("年度", "year"),
            List.of("职工类别", "category"), List.of("应覆盖职工数", "count"));

    /** One (body, year) group: its counts, the rows they came from, and its rows' problems. */
    public record Group(String bodyId, int year, List<EligibleCount> counts, List<Integer> rowNumbers,
            List<RowProblem> problems) {
    }

    private EligibleSheet() {
    }

    public static List<Group> read(TableSource table, ColumnMapping mapping, ImportLimits limits) {
        int[] at = new int[4];
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Group> unreadable = new ArrayList<>();
        int[] rows = {0};
        table.read(header -> locate(header, at), raw -> {
            limits.requireRows(++rows[0]);
            List<RowProblem> problems = new ArrayList<>();
            String body = raw.cell(at[0]).trim();
            if (body.isEmpty() || !SafeId.ALPHABET.matcher(body).matches() || body.length() > SafeId.MAX_LENGTH) {
                problems.add(problem(raw, 0, "invalid-id", "单位编号无效", "bodyId must be 1 to 64 characters of "
                        + "A-Z a-z 0-9 . _ : -"));
            }
            Integer year = number(raw.cell(at[1]), 2000, 2100);
            if (year == null) {
                problems.add(problem(raw, 1, "invalid-value", "年度应为2000至2100的整数", "year must be 2000 to 2100"));
            }
            WorkerCategory category = null;
            try {
                category = WorkerCategory.valueOf(mapping.code("category", raw.cell(at[2])));
            } catch (IllegalArgumentException e) {
                problems.add(problem(raw, 2, "unknown-category", "无法识别的职工类别，可填："
                        + String.join("、", mapping.words("category").keySet()), "unknown category"));
            }
            Integer count = number(raw.cell(at[3]), 0, 100_000_000);
            if (count == null) {
                problems.add(problem(raw, 3, "invalid-value", "人数应为0至100000000的整数",
                        "count must be a whole number 0 to 100,000,000"));
            }
            if (body.isEmpty() || year == null) {
                unreadable.add(new Group(null, 0, List.of(), List.of(raw.rowNumber()), problems));
                return;
            }
            Group g = groups.computeIfAbsent(body + "/" + year, k -> new Group(body, year, new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>()));
            g.rowNumbers().add(raw.rowNumber());
            g.problems().addAll(problems);
            if (problems.isEmpty()) {
                WorkerCategory c = category;
                if (g.counts().stream().anyMatch(x -> x.category() == c)) {
                    g.problems().add(problem(raw, 2, "duplicate-category", "同一单位同一年度的类别重复",
                            "the category is listed twice for this body and year"));
                } else {
                    g.counts().add(new EligibleCount(category, count));
                }
            }
        });
        if (rows[0] == 0) {
            throw new ImportFileProblem("empty-sheet", 2, null, "the file has a header row but no data rows");
        }
        List<Group> all = new ArrayList<>(groups.values());
        all.addAll(unreadable);
        return all;
    }

    private static void locate(List<String> header, int[] at) {
        for (int f = 0; f < HEADERS.size(); f++) {
            at[f] = -1;
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim().replace("\uFEFF", "");
                if (HEADERS.get(f).stream().anyMatch(h::equalsIgnoreCase)) {
                    at[f] = i;
                }
            }
            if (at[f] < 0) {
                throw new ImportFileProblem("missing-columns", 1, HEADERS.get(f).get(0), "the header row lacks the "
                        + "column " + HEADERS.get(f).get(0) + " (" + HEADERS.get(f).get(1) + ")");
            }
        }
    }

    private static Integer number(String text, int min, int max) {
        String t = text.trim();
        if (!t.matches("[0-9]{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(t);
        return n < min || n > max ? null : n;
    }

    private static RowProblem problem(RawRow raw, int field, String rule, String zh, String en) {
        return new RowProblem(raw.rowNumber(), HEADERS.get(field).get(0), rule, zh, en);
    }
}
