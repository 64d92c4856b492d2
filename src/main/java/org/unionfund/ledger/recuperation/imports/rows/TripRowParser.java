package org.unionfund.ledger.recuperation.imports.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.recuperation.imports.read.RawRow;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/**
 * Reads one row into an {@link ImportRow} or the list of what is wrong with it, column by column. Only the form is
 * checked here (dates, numbers, codes, the identity-number checksum); the business rules are the command path's.
 * The identity number becomes a pseudonym at once and is dropped.
 */
public final class TripRowParser {

    private final ColumnMapping mapping;
    private final Map<TripField, Integer> columns;
    private final WorkerPseudonyms pseudonyms;

    public TripRowParser(ColumnMapping mapping, List<String> header, WorkerPseudonyms pseudonyms) {
        this.mapping = mapping;
        this.columns = mapping.locate(header);
        this.pseudonyms = pseudonyms;
    }

    /** The row, or null with the problems added to {@code problems}. */
    public ImportRow parse(RawRow raw, List<RowProblem> problems) {
        Cells c = new Cells(raw, problems);
        String programme = c.id(TripField.PROGRAMME);
        String trip = c.id(TripField.TRIP);
        String contractor = c.id(TripField.CONTRACTOR);
        String destination = c.id(TripField.DESTINATION);
        LocalDate start = c.date(TripField.START_DATE, true);
        Integer days = c.days();
        Money price = c.money(TripField.PRICE_PER_PERSON_PER_DAY);
        boolean family = c.yes(TripField.FAMILY_MEMBER, false);
        boolean attended = c.yes(TripField.ATTENDED, true);
        String idText = c.text(TripField.ID_NUMBER);
        WorkerPseudonym worker = null;
        if (!idText.isEmpty()) {
            String problem = ResidentIdNumber.problem(idText);
            if (problem != null) {
                c.problem(TripField.ID_NUMBER, "invalid-id-number", problem);
            } else {
                worker = pseudonyms.of(ResidentIdNumber.normalise(idText));
            }
        } else if (!family) {
            c.problem(TripField.ID_NUMBER, "not-null", "职工必须填写身份证号 / a worker needs an identity number");
        }
        WorkerCategory category = c.code(TripField.CATEGORY, "category", WorkerCategory.class);
        NewFormSubtype subtype = c.code(TripField.NEW_FORM_SUBTYPE, "newFormSubtype", NewFormSubtype.class);
        EmployerOwnership ownership = c.code(TripField.OWNERSHIP, "ownership", EmployerOwnership.class);
        ProgrammeLine line = null;
        String fund = c.text(TripField.FUND);
        String earmark = c.text(TripField.EARMARK);
        if (!fund.isEmpty()) {
            if (SafeId.ALPHABET.matcher(fund).matches() && fund.length() <= SafeId.MAX_LENGTH
                    && (earmark.isEmpty() || SafeId.ALPHABET.matcher(earmark).matches())) {
                line = new ProgrammeLine(new FundId(fund), earmark.isEmpty() ? null : earmark);
            } else {
                c.problem(TripField.FUND, "invalid-id", "资金来源或专项编号含有非法字符 / the fund or earmark code "
                        + "has characters other than A-Z a-z 0-9 . _ : -");
            }
        } else if (!earmark.isEmpty()) {
            c.problem(TripField.FUND, "not-null", "填写专项时须填写资金来源 / an earmark needs its fund");
        }
        LocalDate settledOn = c.date(TripField.SETTLED_ON, false);
        String employer = c.text(TripField.EMPLOYER);
        if (employer.length() > 200) {
            c.problem(TripField.EMPLOYER, "invalid-value", "工作单位不超过200字 / at most 200 characters");
        }
        if (c.failed) {
            return null;
        }
        return new ImportRow(raw.rowNumber(), new TripKey(programme, trip, contractor, destination, start, days,
                price), worker, idText.isEmpty() ? "" : ResidentIdNumber.mask(idText), maskName(c.text(TripField.NAME)),
                category, subtype, ownership, employer.isEmpty() ? null : employer, family, attended, line,
                settledOn);
    }

    /** The row's trip code when it is a readable id, even if other cells of the row are not. */
    public String tripCode(RawRow raw) {
        Integer at = columns.get(TripField.TRIP);
        String v = at == null ? "" : raw.cell(at).trim();
        return !v.isEmpty() && v.length() <= SafeId.MAX_LENGTH && SafeId.ALPHABET.matcher(v).matches() ? v : null;
    }

    /** 张** — the surname only. */
    static String maskName(String name) {
        return name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1))
                + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }

    /** The header a field was read from. */
    public String header(TripField field) {
        return mapping.header(field);
    }

    private final class Cells {
        private final RawRow raw;
        private final List<RowProblem> problems;
        private boolean failed;

        Cells(RawRow raw, List<RowProblem> problems) {
            this.raw = raw;
            this.problems = problems;
        }

        String text(TripField field) {
            Integer at = columns.get(field);
            return at == null ? "" : raw.cell(at).trim();
        }

        void problem(TripField field, String rule, String zhEn) {
            failed = true;
            int split = zhEn.indexOf(" / ");
            problems.add(new RowProblem(raw.rowNumber(), mapping.header(field), rule,
                    split < 0 ? zhEn : zhEn.substring(0, split), split < 0 ? zhEn : zhEn.substring(split + 3)));
        }

        String id(TripField field) {
            String v = text(field);
            if (v.isEmpty()) {
                problem(field, "not-null", "必填 / required");
            } else if (!SafeId.ALPHABET.matcher(v).matches() || v.length() > SafeId.MAX_LENGTH) {
                problem(field, "invalid-id", "编号只能由1至64个 A-Z a-z 0-9 . _ : - 组成 / must be 1 to 64 characters "
                        + "of A-Z a-z 0-9 . _ : -");
                return null;
            }
            return v;
        }

        /** The field's text, or null when it is empty (a {@code not-null} problem when it is required). */
        private String present(TripField field, boolean required, String zhEn) {
            String v = text(field);
            if (v.isEmpty() && required) {
                problem(field, "not-null", zhEn);
            }
            return v.isEmpty() ? null : v;
        }

        LocalDate date(TripField field, boolean required) {
            String v = present(field, required, "必填 / required");
            if (v == null) {
                return null;
            }
            LocalDate d = CellValues.date(v);
            if (d == null) {
                problem(field, "invalid-date", "日期格式应为 2025-05-03、2025/5/3 或 2025年5月3日 / a date must be "
                        + "written 2025-05-03, 2025/5/3 or 2025年5月3日 (or be an Excel date cell)");
            }
            return d;
        }

        Integer days() {
            Integer d = CellValues.days(text(TripField.DAYS));
            if (d == null) {
                problem(TripField.DAYS, "invalid-value", "天数应为1以上的整数 / days must be a whole number of at "
                        + "least 1");
            }
            return d == null ? 0 : d;
        }

        Money money(TripField field) {
            try {
                return Money.parseYuan(text(field).replace("，", ""));
            } catch (IllegalArgumentException e) {
                problem(field, "invalid-amount", "金额应为元，最多两位小数，如 580 或 580.00 / an amount in yuan "
                        + "with at most two decimals, e.g. 580 or 580.00");
                return Money.ZERO;
            }
        }

        boolean yes(TripField field, boolean required) {
            String v = present(field, required, "必填（是/否）/ required (是 or 否)");
            if (v == null) {
                return false;
            }
            String code = mapping.code("yesNo", v);
            if (!code.equals("YES") && !code.equals("NO")) {
                problem(field, "invalid-value", "应填“是”或“否” / must be 是 (yes) or 否 (no)");
            }
            return code.equals("YES");
        }

        <E extends Enum<E>> E code(TripField field, String list, Class<E> type) {
            String v = text(field);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, mapping.code(list, v));
            } catch (IllegalArgumentException e) {
                problem(field, "unknown-" + kebab(list), "无法识别的取值“" + CellValues.neutralised(v)
                        + "”，可填：" + String.join("、", mapping.words(list).keySet()) + " / unknown value; "
                        + "allowed: " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).toList()));
                return null;
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static List<RowProblem> none() {
        return new ArrayList<>();
    }
}
