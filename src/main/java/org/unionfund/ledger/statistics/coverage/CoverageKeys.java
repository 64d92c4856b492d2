package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.statistics.ScopeKeys;

/**
 * Document ids and section keys of the coverage counters ({@code stats_counters}). A record counts in
 * <ul>
 * <li>{@code own|<body>|<period>}: the programmes of that body itself;</li>
 * <li>{@code sub|<region>|<period>} for the body and every ancestor: the region's whole subtree (rolled up);</li>
 * <li>{@code prog|<programme>}: the programme;</li>
 * </ul>
 * with {@code <period>} the year ({@code 2025}) and the month ({@code 2025-05}) of the trip's start. In each
 * document it counts in the sections {@code ""} (all), {@code c:<category>}, {@code o:<ownership>},
 * {@code co:<category>|<ownership>}, {@code s:<new-form subtype>}, {@code d:<trip days>}, {@code nf} (new-form),
 * {@code np} (non-public: NON_PUBLIC or PLATFORM employer), {@code dest:<destination>}, {@code fund:<fund>|<earmark>}
 * and, in the body's month documents and the programme's, {@code t:<trip>}.
 */
public final class CoverageKeys {

    public static final String ALL = "";
    public static final String PERSON_TIMES = "pt";
    public static final String DAYS = "days";
    public static final String SPEND = "spend";
    public static final String DISTINCT = "distinct";
    public static final String ELIGIBLE = "eligible";
    public static final String PLANNED = "planned";
    public static final String PROGRAMMES = "programmes";
    public static final String TRIPS = "trips";

    private CoverageKeys() {
    }

    public static String year(int year) {
        return String.valueOf(year);
    }

    public static String month(int year, int month) {
        return year + (month < 10 ? "-0" : "-") + month;
    }

    public static String programme(String programme) {
        return "prog|" + programme;
    }

    public static String category(String category) {
        return "c:" + category;
    }

    public static String ownership(String ownership) {
        return "o:" + ownership;
    }

    public static String categoryOwnership(String category, String ownership) {
        return "co:" + category + "|" + ownership;
    }

    public static String trip(String trip) {
        return "t:" + trip;
    }

    public static boolean nonPublic(String ownership) {
        return "NON_PUBLIC".equals(ownership) || "PLATFORM".equals(ownership);
    }

    /** The documents a record counts in; {@code path} is the record body's path (body first, root last). */
    static List<String> docs(AttendanceRecord r, List<String> path) {
        List<String> docs = new ArrayList<>(4 + 2 * path.size());
        String year = year(r.year());
        String month = month(r.year(), r.month());
        docs.add(ScopeKeys.own(r.body(), year));
        docs.add(ScopeKeys.own(r.body(), month));
        for (String region : path) {
            docs.add(ScopeKeys.sub(region, year));
            docs.add(ScopeKeys.sub(region, month));
        }
        docs.add(programme(r.programme()));
        return docs;
    }

    /** Whether documents of this id also carry trip sections. */
    static boolean withTrips(AttendanceRecord r, String doc) {
        return doc.startsWith("prog|") || doc.equals(ScopeKeys.own(r.body(), month(r.year(), r.month())));
    }

    /** The sections a record counts in (without the trip section). */
    static List<String> sections(AttendanceRecord r) {
        List<String> sections = new ArrayList<>(11);
        sections.add(ALL);
        sections.add(category(r.category()));
        sections.add(ownership(r.ownership()));
        sections.add(categoryOwnership(r.category(), r.ownership()));
        if (r.subtype() != null) {
            sections.add("s:" + r.subtype());
        }
        sections.add("d:" + r.days());
        if ("NEW_FORM".equals(r.category())) {
            sections.add("nf");
        }
        if (nonPublic(r.ownership())) {
            sections.add("np");
        }
        sections.add("dest:" + r.destination());
        sections.add("fund:" + r.fund() + "|" + (r.earmark() == null ? "" : r.earmark()));
        return sections;
    }

    /** Every (document, section) cell of a record, as {@code doc + '\u0000' + section}. */
    static List<String> cells(AttendanceRecord r, List<String> path) {
        List<String> sections = sections(r);
        List<String> cells = new ArrayList<>();
        for (String doc : docs(r, path)) {
            for (String section : sections) {
                cells.add(doc + '\u0000' + section);
            }
            if (withTrips(r, doc)) {
                cells.add(doc + '\u0000' + trip(r.trip()));
            }
        }
        return cells;
    }
}
