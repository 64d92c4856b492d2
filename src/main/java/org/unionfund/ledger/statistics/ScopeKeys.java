package org.unionfund.ledger.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.unionfund.ledger.platform.projection.CounterDoc;

/**
 * Ids of the per-scope counter documents the statistics projections keep per period (a year, or a month
 * {@code 2025-05}): {@code own|<body>|<period>} counts the programmes of the body itself,
 * {@code sub|<region>|<period>} the region's whole subtree (rolled up into every ancestor).
 */
public final class ScopeKeys {

    private ScopeKeys() {
    }

    public static String own(String body, String period) {
        return "own|" + body + "|" + period;
    }

    public static String sub(String region, String period) {
        return "sub|" + region + "|" + period;
    }

    public static String own(String body, int year) {
        return own(body, String.valueOf(year));
    }

    public static String sub(String region, int year) {
        return sub(region, String.valueOf(year));
    }

    /** The region's subtree document, or only its own programmes' when {@code subtree} is false. */
    public static String scope(String region, String period, boolean subtree) {
        return subtree ? sub(region, period) : own(region, period);
    }

    public static String scope(String region, int year, boolean subtree) {
        return scope(region, String.valueOf(year), subtree);
    }

    /**
     * Initialises a counter document of one body and year ({@code own|<body>|<year>}, {@code sub|…}) with the attributes
     * {@code scope}, {@code body} and {@code year} (a number), or a programme's ({@code prog|<programme>}) with
     * {@code scope} and {@code programme}.
     */
    public static void bodyAndYear(CounterDoc doc) {
        describe(doc, "body", "year", Long::parseLong);
    }

    /** As {@link #bodyAndYear}, with the attributes {@code region} and {@code period} (a year or a month, as text). */
    public static void regionAndPeriod(CounterDoc doc) {
        describe(doc, "region", "period", period -> period);
    }

    private static void describe(CounterDoc doc, String body, String period, Function<String, Object> value) {
        String[] parts = doc.id().split("\\|", 3);
        doc.set("scope", parts[0]);
        if (parts[0].equals("prog")) {
            doc.set("programme", parts[1]);
        } else {
            doc.set(body, parts[1]);
            doc.set(period, value.apply(parts[2]));
        }
    }

    /** Where a record of {@code body} counts: its own document and the subtree document of every region on its path. */
    public static List<String> ownAndRegions(String body, List<String> path, String period) {
        List<String> docs = new ArrayList<>(path.size() + 1);
        docs.add(own(body, period));
        path.forEach(region -> docs.add(sub(region, period)));
        return docs;
    }
}
