package org.unionfund.ledger.statistics.coverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.platform.projection.QueryRefused;

/**
 * The period of a statistics query: a year, a month (both pre-aggregated: key look-ups) or any other date range
 * (answered exactly by scanning the trips of the range, slower). A range that is exactly one calendar month or year
 * is treated as that month or year. Records belong to the period of their trip's start date.
 */
public record StatisticsPeriod(String label, Integer year, Integer month, LocalDate from, LocalDate to) {

    public static StatisticsPeriod of(Integer year, String month, LocalDate from, LocalDate to) {
        int given = (year != null ? 1 : 0) + (month != null ? 1 : 0) + (from != null || to != null ? 1 : 0);
        if (given != 1) {
            throw new QueryRefused("invalid-period", "year",
                    "give exactly one period: year, month (YYYY-MM) or from and to");
        }
        if (year != null) {
            return ofYear(year);
        }
        if (month != null) {
            try {
                YearMonth ym = YearMonth.parse(month);
                return new StatisticsPeriod(CoverageKeys.month(ym.getYear(), ym.getMonthValue()), ym.getYear(),
                        ym.getMonthValue(), ym.atDay(1), ym.atEndOfMonth());
            } catch (DateTimeParseException e) {
                throw new QueryRefused("invalid-period", "month", "month is YYYY-MM");
            }
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new QueryRefused("invalid-period", from == null ? "from" : "to",
                    "a date range needs from and to, with to not before from");
        }
        if (from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31))) {
            return ofYear(from.getYear());
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return of(null, YearMonth.from(from).toString(), null, null);
        }
        return new StatisticsPeriod(from + ".." + to, null, null, from, to);
    }

    public static StatisticsPeriod ofYear(int year) {
        if (year < 1900 || year > 3000) {
            throw new QueryRefused("invalid-period", "year", "year out of range");
        }
        return new StatisticsPeriod(CoverageKeys.year(year), year, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /** Whether the figures are key look-ups (a year or a month). */
    public boolean preAggregated() {
        return year != null;
    }

    public boolean isYear() {
        return year != null && month == null;
    }

    public boolean isMonth() {
        return month != null;
    }

    /** The document key part ("2025" or "2025-05"); only for pre-aggregated periods. */
    public String key() {
        return label;
    }

    /** The single calendar year the period lies in, or null when it spans years. */
    public Integer singleYear() {
        return from.getYear() == to.getYear() ? from.getYear() : null;
    }

    /** The calendar months the period touches, as "YYYY-MM". */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(CoverageKeys.month(m.getYear(), m.getMonthValue()));
        }
        return months;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
