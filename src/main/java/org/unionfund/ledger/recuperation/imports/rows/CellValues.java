package org.unionfund.ledger.recuperation.imports.rows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, counts and amounts as clerks type them. */
public final class CellValues {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|/(\\d{1,2})/(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

    private CellValues() {
    }

    /**
     * 2025-05-03, 2025-5-3, 2025/5/3, 2025年5月3日, or an Excel date cell (read as ISO); {@code null} for anything
     * else, including impossible dates such as 2025-02-30.
     */
    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(first(m.group(2), m.group(4), m.group(6)));
        int day = Integer.parseInt(first(m.group(3), m.group(5), m.group(7)));
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException();
    }

    /** A whole number 1–366 (trip days); {@code null} otherwise. */
    public static Integer days(String text) {
        String t = text.trim();
        if (!t.matches("[0-9]{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(t);
        return days >= 1 && days <= 366 ? days : null;
    }

    /** Neutralises a value a spreadsheet program would run as a formula (CSV injection) by a leading apostrophe. */
    public static String neutralised(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
