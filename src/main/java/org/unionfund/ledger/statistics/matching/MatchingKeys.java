package org.unionfund.ledger.statistics.matching;

/** Document ids and counters of {@code matching_counters} (see {@link MatchingProjection}). */
public final class MatchingKeys {

    public static final String ALLOCATIONS = "allocations";
    public static final String OPEN = "open";
    public static final String MET = "met";
    public static final String SHORTFALLS = "shortfalls";
    public static final String ALLOCATED = "allocated";
    public static final String REQUIRED = "required";
    public static final String ON_TIME = "committedOnTime";
    public static final String LATE = "committedLate";
    public static final String OUTSTANDING = "outstanding";
    public static final String SHORTFALL = "shortfall";
    public static final String REVISIONS = "revisions";

    private MatchingKeys() {
    }
}
