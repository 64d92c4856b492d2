package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * One attended (worker, trip) record — a person-time (人次) — with everything the statistics break it down by: the
 * programme and its body (the region), the year and month of the trip's start, the worker's category, new-form
 * subtype and employer ownership, the trip's days and destination, the programme line that paid and the amount.
 */
public record AttendanceRecord(String trip, String programme, String body, int year, int month, String category,
        String ownership, String subtype, int days, String destination, String fund, String earmark,
        long amountFen) {

    public AttendanceRecord withCategory(String newCategory, String newSubtype) {
        return new AttendanceRecord(trip, programme, body, year, month, newCategory, ownership, newSubtype, days,
                destination, fund, earmark, amountFen);
    }

    public AttendanceRecord withLine(String newFund, String newEarmark) {
        return new AttendanceRecord(trip, programme, body, year, month, category, ownership, subtype, days,
                destination, newFund, newEarmark, amountFen);
    }

    private static final char SEP = '\u001f';

    /** A compact text form (fields separated by U+001F; null as empty), for the workers' state documents. */
    String text() {
        StringBuilder b = new StringBuilder(96);
        b.append(trip).append(SEP).append(programme).append(SEP).append(body).append(SEP).append(year).append(SEP)
                .append(month).append(SEP).append(category).append(SEP).append(ownership).append(SEP)
                .append(subtype == null ? "" : subtype).append(SEP).append(days).append(SEP).append(destination)
                .append(SEP).append(fund).append(SEP).append(earmark == null ? "" : earmark).append(SEP)
                .append(amountFen);
        return b.toString();
    }

    static AttendanceRecord ofText(String text) {
        String[] f = text.split("\u001f", -1);
        return new AttendanceRecord(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], f[6],
                f[7].isEmpty() ? null : f[7], Integer.parseInt(f[8]), f[9], f[10], f[11].isEmpty() ? null : f[11],
                Long.parseLong(f[12]));
    }

    List<Object> encode() {
        List<Object> list = new ArrayList<>(13);
        list.add(trip);
        list.add(programme);
        list.add(body);
        list.add(year);
        list.add(month);
        list.add(category);
        list.add(ownership);
        list.add(subtype);
        list.add(days);
        list.add(destination);
        list.add(fund);
        list.add(earmark);
        list.add(amountFen);
        return list;
    }

    static AttendanceRecord decode(List<?> v) {
        return new AttendanceRecord((String) v.get(0), (String) v.get(1), (String) v.get(2), num(v.get(3)),
                num(v.get(4)), (String) v.get(5), (String) v.get(6), (String) v.get(7), num(v.get(8)),
                (String) v.get(9), (String) v.get(10), (String) v.get(11), ((Number) v.get(12)).longValue());
    }

    private static int num(Object value) {
        return ((Number) value).intValue();
    }
}
